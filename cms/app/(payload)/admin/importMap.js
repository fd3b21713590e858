import { PublicationStatusField as PublicationStatusField_8a672a582ae303b8ad129d49c14a95d2 } from '../../../components/PublicationStatus'
import { PublicationStatusCell as PublicationStatusCell_8a672a582ae303b8ad129d49c14a95d2 } from '../../../components/PublicationStatus'
import { SlugFromTitle as SlugFromTitle_b5a0bfa850117bed74523454b8dbf70e } from '../../../components/SlugFromTitle'
import { JsonValue as JsonValue_b3a22bdac7dd0ca40629448305bb9ee1 } from '../../../components/JsonValue'
import { ReviewActions as ReviewActions_f6652ebb724a7a70f8f49c0dc5ccf9c8 } from '../../../components/ReviewActions'
import { ConfirmedPublishButton as ConfirmedPublishButton_56528931d233e30fb7b1f0dfad022821 } from '../../../components/ConfirmedPublishButton'
import { CommentStateCell as CommentStateCell_5955450f88ced01b795dd59177e43482 } from '../../../components/CommentStateCell'
import { CommentBulkModeration as CommentBulkModeration_879eecc8275700044b5f1e893b935ff9 } from '../../../components/CommentBulkModeration'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { BlocksFeatureClient as BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { TableFeatureClient as TableFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { CoverageNavLink as CoverageNavLink_9c4b095678d470839ab1c0ee74e6d818 } from '../../../components/CoverageNavLink'
import { ToDoPanel as ToDoPanel_4d9d59d9a3d4731f083a6a856a29dd8a } from '../../../components/ToDoPanel'
import { ReviewQueuePanel as ReviewQueuePanel_622068981c794cef4fb5b5ebc2807baf } from '../../../components/ReviewQueuePanel'
import { SiteBuildStatusPanel as SiteBuildStatusPanel_c3adbc6192b7667e4e1e53263a9ee893 } from '../../../components/SiteBuildStatusPanel'
import { VietnameseEverywhere as VietnameseEverywhere_a88a46750fc484254ad3449b35aee949 } from '../../../components/VietnameseEverywhere'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { SpokespersonCoverageView as SpokespersonCoverageView_6c4c0e0cb972f1b5c8590015e96120eb } from '../../../components/SpokespersonCoverageView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/components/PublicationStatus#PublicationStatusField": PublicationStatusField_8a672a582ae303b8ad129d49c14a95d2,
  "/components/PublicationStatus#PublicationStatusCell": PublicationStatusCell_8a672a582ae303b8ad129d49c14a95d2,
  "/components/SlugFromTitle#SlugFromTitle": SlugFromTitle_b5a0bfa850117bed74523454b8dbf70e,
  "/components/JsonValue#JsonValue": JsonValue_b3a22bdac7dd0ca40629448305bb9ee1,
  "/components/ReviewActions#ReviewActions": ReviewActions_f6652ebb724a7a70f8f49c0dc5ccf9c8,
  "/components/ConfirmedPublishButton#ConfirmedPublishButton": ConfirmedPublishButton_56528931d233e30fb7b1f0dfad022821,
  "/components/CommentStateCell#CommentStateCell": CommentStateCell_5955450f88ced01b795dd59177e43482,
  "/components/CommentBulkModeration#CommentBulkModeration": CommentBulkModeration_879eecc8275700044b5f1e893b935ff9,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#BlocksFeatureClient": BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#TableFeatureClient": TableFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/components/CoverageNavLink#CoverageNavLink": CoverageNavLink_9c4b095678d470839ab1c0ee74e6d818,
  "/components/ToDoPanel#ToDoPanel": ToDoPanel_4d9d59d9a3d4731f083a6a856a29dd8a,
  "/components/ReviewQueuePanel#ReviewQueuePanel": ReviewQueuePanel_622068981c794cef4fb5b5ebc2807baf,
  "/components/SiteBuildStatusPanel#SiteBuildStatusPanel": SiteBuildStatusPanel_c3adbc6192b7667e4e1e53263a9ee893,
  "/components/VietnameseEverywhere#VietnameseEverywhere": VietnameseEverywhere_a88a46750fc484254ad3449b35aee949,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "/components/SpokespersonCoverageView#SpokespersonCoverageView": SpokespersonCoverageView_6c4c0e0cb972f1b5c8590015e96120eb,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
