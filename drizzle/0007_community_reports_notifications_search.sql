CREATE TABLE "community_report_attachments" (
	"report_id" uuid NOT NULL,
	"document_id" uuid NOT NULL,
	CONSTRAINT "community_report_attachments_report_id_document_id_pk" PRIMARY KEY("report_id","document_id")
);
--> statement-breakpoint
CREATE TABLE "community_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"community_id" uuid NOT NULL,
	"author_id" uuid,
	"establishment_id" uuid,
	"establishment_name" text NOT NULL,
	"sector" text NOT NULL,
	"theme" text NOT NULL,
	"title" text NOT NULL,
	"what_was_done" text NOT NULL,
	"with_whom" text DEFAULT '' NOT NULL,
	"partnership_level" text NOT NULL,
	"results" text DEFAULT '' NOT NULL,
	"lessons" text DEFAULT '' NOT NULL,
	"contact" text DEFAULT '' NOT NULL,
	"visibility" text DEFAULT 'community' NOT NULL,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"community_id" uuid,
	"actor_id" uuid,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"link" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone,
	"digested_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "digest_enabled" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "community_report_attachments" ADD CONSTRAINT "community_report_attachments_report_id_community_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."community_reports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_report_attachments" ADD CONSTRAINT "community_report_attachments_document_id_community_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."community_documents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_reports" ADD CONSTRAINT "community_reports_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_reports" ADD CONSTRAINT "community_reports_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_reports" ADD CONSTRAINT "community_reports_establishment_id_establishments_id_fk" FOREIGN KEY ("establishment_id") REFERENCES "public"."establishments"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "community_reports_community_id_created_at_index" ON "community_reports" USING btree ("community_id","created_at");--> statement-breakpoint
CREATE INDEX "community_reports_search_idx" ON "community_reports" USING gin (to_tsvector('french', "title" || ' ' || "establishment_name" || ' ' || "what_was_done" || ' ' || "with_whom" || ' ' || "results" || ' ' || "lessons"));--> statement-breakpoint
CREATE INDEX "notifications_user_id_created_at_index" ON "notifications" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "notifications_digested_at_read_at_index" ON "notifications" USING btree ("digested_at","read_at");--> statement-breakpoint
CREATE INDEX "community_posts_search_idx" ON "community_posts" USING gin (to_tsvector('french', "body"));--> statement-breakpoint
CREATE INDEX "community_threads_search_idx" ON "community_threads" USING gin (to_tsvector('french', "title" || ' ' || "body"));