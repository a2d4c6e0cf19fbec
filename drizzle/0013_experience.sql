CREATE TABLE "experience_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"establishment_id" uuid NOT NULL,
	"finding_id" uuid,
	"title" text NOT NULL,
	"theme" text,
	"owner" text DEFAULT '' NOT NULL,
	"due_on" date,
	"status" text DEFAULT 'a_faire' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "experience_comments" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"establishment_id" uuid NOT NULL,
	"source_id" uuid NOT NULL,
	"import_id" uuid,
	"dedup_key" text NOT NULL,
	"received_on" date NOT NULL,
	"month" date NOT NULL,
	"service" text DEFAULT '' NOT NULL,
	"stay_type" text DEFAULT '' NOT NULL,
	"raw_text" text,
	"text" text DEFAULT '' NOT NULL,
	"scores" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"helped" boolean DEFAULT false NOT NULL,
	"analysed_at" timestamp with time zone,
	"sentiment" text,
	"themes" text[] DEFAULT '{}'::text[] NOT NULL,
	"segments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"model_id" uuid,
	"reviewed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "experience_comments_dedup_unique" UNIQUE("establishment_id","dedup_key")
);
--> statement-breakpoint
CREATE TABLE "experience_corrections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"comment_id" bigint NOT NULL,
	"establishment_id" uuid NOT NULL,
	"themes_before" text[] NOT NULL,
	"sentiment_before" text,
	"themes_after" text[] NOT NULL,
	"sentiment_after" text,
	"corrected_by" uuid,
	"corrected_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "experience_findings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"focus_group_id" uuid NOT NULL,
	"text" text NOT NULL,
	"themes" text[] DEFAULT '{}'::text[] NOT NULL,
	"sentiment" text,
	"position" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "experience_focus_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"establishment_id" uuid NOT NULL,
	"title" text NOT NULL,
	"pathway" text NOT NULL,
	"held_on" date NOT NULL,
	"participants" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"professional_facilitator_id" uuid,
	"representative_facilitator_id" uuid,
	"notes" text DEFAULT '' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "experience_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source_id" uuid NOT NULL,
	"establishment_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"format" text NOT NULL,
	"stored_path" text NOT NULL,
	"file_bytes" bigint NOT NULL,
	"file_sha256" text NOT NULL,
	"mapping" jsonb,
	"status" text DEFAULT 'uploaded' NOT NULL,
	"bytes_read" bigint DEFAULT 0 NOT NULL,
	"rows_read" integer DEFAULT 0 NOT NULL,
	"rows_inserted" integer DEFAULT 0 NOT NULL,
	"rows_duplicate" integer DEFAULT 0 NOT NULL,
	"rows_rejected" integer DEFAULT 0 NOT NULL,
	"rejections" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"error" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "experience_models" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"establishment_id" uuid NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"model" "bytea",
	"corrections" integer DEFAULT 0 NOT NULL,
	"report" jsonb,
	"error" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "experience_score_stats" (
	"establishment_id" uuid NOT NULL,
	"month" date NOT NULL,
	"service" text NOT NULL,
	"question" text NOT NULL,
	"total" double precision NOT NULL,
	"answers" integer NOT NULL,
	CONSTRAINT "experience_score_stats_establishment_id_month_service_question_pk" PRIMARY KEY("establishment_id","month","service","question")
);
--> statement-breakpoint
CREATE TABLE "experience_sources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"establishment_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"mapping" jsonb,
	"service" text DEFAULT '' NOT NULL,
	"kiosk_token" text,
	"retired_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "experience_sources_kiosk_token_unique" UNIQUE("kiosk_token")
);
--> statement-breakpoint
CREATE TABLE "experience_stats" (
	"establishment_id" uuid NOT NULL,
	"month" date NOT NULL,
	"service" text NOT NULL,
	"theme" text NOT NULL,
	"sentiment" text NOT NULL,
	"comments" integer NOT NULL,
	CONSTRAINT "experience_stats_establishment_id_month_service_theme_sentiment_pk" PRIMARY KEY("establishment_id","month","service","theme","sentiment")
);
--> statement-breakpoint
CREATE TABLE "experience_themes" (
	"code" text PRIMARY KEY NOT NULL,
	"label_fr" text NOT NULL,
	"label_en" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"retired_at" timestamp with time zone,
	"merged_into" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "experience_actions" ADD CONSTRAINT "experience_actions_establishment_id_establishments_id_fk" FOREIGN KEY ("establishment_id") REFERENCES "public"."establishments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experience_actions" ADD CONSTRAINT "experience_actions_finding_id_experience_findings_id_fk" FOREIGN KEY ("finding_id") REFERENCES "public"."experience_findings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experience_actions" ADD CONSTRAINT "experience_actions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experience_comments" ADD CONSTRAINT "experience_comments_establishment_id_establishments_id_fk" FOREIGN KEY ("establishment_id") REFERENCES "public"."establishments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experience_comments" ADD CONSTRAINT "experience_comments_source_id_experience_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."experience_sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experience_comments" ADD CONSTRAINT "experience_comments_import_id_experience_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."experience_imports"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experience_comments" ADD CONSTRAINT "experience_comments_model_id_experience_models_id_fk" FOREIGN KEY ("model_id") REFERENCES "public"."experience_models"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experience_corrections" ADD CONSTRAINT "experience_corrections_comment_id_experience_comments_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."experience_comments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experience_corrections" ADD CONSTRAINT "experience_corrections_establishment_id_establishments_id_fk" FOREIGN KEY ("establishment_id") REFERENCES "public"."establishments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experience_corrections" ADD CONSTRAINT "experience_corrections_corrected_by_users_id_fk" FOREIGN KEY ("corrected_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experience_findings" ADD CONSTRAINT "experience_findings_focus_group_id_experience_focus_groups_id_fk" FOREIGN KEY ("focus_group_id") REFERENCES "public"."experience_focus_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experience_focus_groups" ADD CONSTRAINT "experience_focus_groups_establishment_id_establishments_id_fk" FOREIGN KEY ("establishment_id") REFERENCES "public"."establishments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experience_focus_groups" ADD CONSTRAINT "experience_focus_groups_professional_facilitator_id_users_id_fk" FOREIGN KEY ("professional_facilitator_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experience_focus_groups" ADD CONSTRAINT "experience_focus_groups_representative_facilitator_id_users_id_fk" FOREIGN KEY ("representative_facilitator_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experience_focus_groups" ADD CONSTRAINT "experience_focus_groups_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experience_imports" ADD CONSTRAINT "experience_imports_source_id_experience_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."experience_sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experience_imports" ADD CONSTRAINT "experience_imports_establishment_id_establishments_id_fk" FOREIGN KEY ("establishment_id") REFERENCES "public"."establishments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experience_imports" ADD CONSTRAINT "experience_imports_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experience_models" ADD CONSTRAINT "experience_models_establishment_id_establishments_id_fk" FOREIGN KEY ("establishment_id") REFERENCES "public"."establishments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experience_models" ADD CONSTRAINT "experience_models_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experience_score_stats" ADD CONSTRAINT "experience_score_stats_establishment_id_establishments_id_fk" FOREIGN KEY ("establishment_id") REFERENCES "public"."establishments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experience_sources" ADD CONSTRAINT "experience_sources_establishment_id_establishments_id_fk" FOREIGN KEY ("establishment_id") REFERENCES "public"."establishments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experience_sources" ADD CONSTRAINT "experience_sources_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experience_stats" ADD CONSTRAINT "experience_stats_establishment_id_establishments_id_fk" FOREIGN KEY ("establishment_id") REFERENCES "public"."establishments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "experience_themes" ADD CONSTRAINT "experience_themes_merged_into_experience_themes_code_fk" FOREIGN KEY ("merged_into") REFERENCES "public"."experience_themes"("code") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "experience_actions_establishment_idx" ON "experience_actions" USING btree ("establishment_id");--> statement-breakpoint
CREATE INDEX "experience_comments_establishment_idx" ON "experience_comments" USING btree ("establishment_id","received_on","id");--> statement-breakpoint
CREATE INDEX "experience_comments_pending_idx" ON "experience_comments" USING btree ("id") WHERE "experience_comments"."analysed_at" IS NULL;--> statement-breakpoint
CREATE INDEX "experience_comments_import_idx" ON "experience_comments" USING btree ("import_id");--> statement-breakpoint
CREATE INDEX "experience_comments_themes_idx" ON "experience_comments" USING gin ("themes");--> statement-breakpoint
CREATE INDEX "experience_comments_search_idx" ON "experience_comments" USING gin (to_tsvector('french'::regconfig, "text"));--> statement-breakpoint
CREATE INDEX "experience_corrections_comment_idx" ON "experience_corrections" USING btree ("comment_id","corrected_at");--> statement-breakpoint
CREATE INDEX "experience_corrections_establishment_idx" ON "experience_corrections" USING btree ("establishment_id");--> statement-breakpoint
CREATE INDEX "experience_findings_group_idx" ON "experience_findings" USING btree ("focus_group_id");--> statement-breakpoint
CREATE INDEX "experience_focus_groups_establishment_idx" ON "experience_focus_groups" USING btree ("establishment_id","held_on");--> statement-breakpoint
CREATE INDEX "experience_imports_establishment_idx" ON "experience_imports" USING btree ("establishment_id","created_at");--> statement-breakpoint
CREATE INDEX "experience_imports_status_idx" ON "experience_imports" USING btree ("status");--> statement-breakpoint
CREATE INDEX "experience_models_establishment_idx" ON "experience_models" USING btree ("establishment_id","created_at");--> statement-breakpoint
CREATE INDEX "experience_sources_establishment_idx" ON "experience_sources" USING btree ("establishment_id");--> statement-breakpoint
CREATE INDEX "experience_stats_month_idx" ON "experience_stats" USING btree ("month","service");