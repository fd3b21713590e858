'use client'
import { SelectInput } from '@payloadcms/ui'
import type { OptionObject } from 'payload'
import { useState } from 'react'

type Props = { periods: OptionObject[]; agencies: OptionObject[]; wholeJurisdiction: string }

// The select box's value for a report over every agency (an empty value would read as nothing chosen).
const everyAgency = 'tat-ca'

const formats: OptionObject[] = [
  { value: 'docx', label: 'Văn bản Word (DOCX)' },
  { value: 'xlsx', label: 'Bảng tính Excel (XLSX)' },
]

const chosen = (option: unknown) => String((option as OptionObject | null)?.value ?? '')

/**
 * The 6-month and annual report, as a download: the period, the agency (or the whole jurisdiction) and the format,
 * in Payload's own select boxes. The JSON form stays an API for dashboards (README), not an option that leaves the admin.
 */
export function ReportForm({ periods, agencies, wholeJurisdiction }: Props) {
  const [period, setPeriod] = useState(String(periods[0]!.value))
  const [agency, setAgency] = useState(everyAgency)
  const [format, setFormat] = useState('docx')
  const query = new URLSearchParams({ period, format, ...(agency === everyAgency ? {} : { agency }) })
  return (
    <div data-report-form style={{ display: 'grid', gap: 'var(--base)', maxWidth: '40rem' }}>
      <SelectInput path="period" name="period" label="Kỳ báo cáo" options={periods} value={period} onChange={(option) => setPeriod(chosen(option))} />
      <SelectInput
        path="agency"
        name="agency"
        label="Cơ quan, đơn vị"
        options={[{ value: everyAgency, label: wholeJurisdiction }, ...agencies]}
        value={agency}
        onChange={(option) => setAgency(chosen(option))}
      />
      <SelectInput path="format" name="format" label="Định dạng" options={formats} value={format} onChange={(option) => setFormat(chosen(option))} />
      <p>
        <a className="btn btn--style-primary btn--size-medium btn--withoutPopup" href={`/api/reports/communication?${query}`} download>
          <span className="btn__content">
            <span className="btn__label">Tải báo cáo</span>
          </span>
        </a>
      </p>
    </div>
  )
}
