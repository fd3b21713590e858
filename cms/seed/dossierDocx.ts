import { Document, HeadingLevel, Packer, Paragraph } from 'docx'

/** Renders a dossier document (dự thảo, tờ trình…) written as simple Markdown into a real DOCX file. */
export async function dossierDocx(title: string, markdown: string): Promise<Buffer> {
  const paragraphs = markdown
    .split(/\n{2,}/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => {
      const heading = /^(#{1,3})\s+(.*)$/s.exec(block)
      if (!heading) return new Paragraph({ text: block.replace(/\n/g, ' ') })
      const level = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3][(heading[1] as string).length - 1]
      return new Paragraph({ text: heading[2] as string, heading: level })
    })
  const document = new Document({
    title,
    creator: 'Nền tảng truyền thông chính sách (dữ liệu mẫu)',
    sections: [{ children: [new Paragraph({ text: title, heading: HeadingLevel.TITLE }), ...paragraphs] }],
  })
  return Packer.toBuffer(document)
}
