CREATE TABLE "community_meeting_documents" (
	"meeting_id" uuid NOT NULL,
	"document_id" uuid NOT NULL,
	CONSTRAINT "community_meeting_documents_meeting_id_document_id_pk" PRIMARY KEY("meeting_id","document_id")
);
--> statement-breakpoint
ALTER TABLE "community_meeting_documents" ADD CONSTRAINT "community_meeting_documents_meeting_id_community_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."community_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_meeting_documents" ADD CONSTRAINT "community_meeting_documents_document_id_community_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."community_documents"("id") ON DELETE cascade ON UPDATE no action;