CREATE TABLE "partnership_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"binome_id" uuid NOT NULL,
	"domain_id" uuid,
	"title" text NOT NULL,
	"owner" text DEFAULT '' NOT NULL,
	"due_on" date,
	"status" text DEFAULT 'a_faire' NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partnership_binomes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"workshop_id" uuid NOT NULL,
	"establishment_id" uuid NOT NULL,
	"professional_id" uuid NOT NULL,
	"representative_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partnership_binomes_workshop_id_professional_id_unique" UNIQUE("workshop_id","professional_id"),
	CONSTRAINT "partnership_binomes_workshop_id_representative_id_unique" UNIQUE("workshop_id","representative_id")
);
--> statement-breakpoint
CREATE TABLE "partnership_domains" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"retired_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partnership_domains_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "partnership_expectations" (
	"binome_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"side" text NOT NULL,
	"expectations" text DEFAULT '' NOT NULL,
	"preconceptions" text DEFAULT '' NOT NULL,
	"submitted_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partnership_expectations_binome_id_user_id_pk" PRIMARY KEY("binome_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "partnership_positions" (
	"binome_id" uuid NOT NULL,
	"domain_id" uuid NOT NULL,
	"current_level" text NOT NULL,
	"target_level" text NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"agreed_by" uuid,
	"agreed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partnership_positions_binome_id_domain_id_pk" PRIMARY KEY("binome_id","domain_id")
);
--> statement-breakpoint
CREATE TABLE "partnership_rating_submissions" (
	"binome_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partnership_rating_submissions_binome_id_user_id_pk" PRIMARY KEY("binome_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "partnership_ratings" (
	"binome_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"domain_id" uuid NOT NULL,
	"current_level" text NOT NULL,
	"target_level" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "partnership_ratings_binome_id_user_id_domain_id_pk" PRIMARY KEY("binome_id","user_id","domain_id")
);
--> statement-breakpoint
CREATE TABLE "partnership_stories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"binome_id" uuid NOT NULL,
	"domain_id" uuid,
	"title" text NOT NULL,
	"story" text NOT NULL,
	"author_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partnership_workshop_communities" (
	"workshop_id" uuid NOT NULL,
	"community_id" uuid NOT NULL,
	CONSTRAINT "partnership_workshop_communities_workshop_id_community_id_pk" PRIMARY KEY("workshop_id","community_id")
);
--> statement-breakpoint
CREATE TABLE "partnership_workshops" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"mode" text NOT NULL,
	"place" text,
	"link" text,
	"created_by" uuid,
	"revealed_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "partnership_actions" ADD CONSTRAINT "partnership_actions_binome_id_partnership_binomes_id_fk" FOREIGN KEY ("binome_id") REFERENCES "public"."partnership_binomes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_actions" ADD CONSTRAINT "partnership_actions_domain_id_partnership_domains_id_fk" FOREIGN KEY ("domain_id") REFERENCES "public"."partnership_domains"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_actions" ADD CONSTRAINT "partnership_actions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_binomes" ADD CONSTRAINT "partnership_binomes_workshop_id_partnership_workshops_id_fk" FOREIGN KEY ("workshop_id") REFERENCES "public"."partnership_workshops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_binomes" ADD CONSTRAINT "partnership_binomes_establishment_id_establishments_id_fk" FOREIGN KEY ("establishment_id") REFERENCES "public"."establishments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_binomes" ADD CONSTRAINT "partnership_binomes_professional_id_users_id_fk" FOREIGN KEY ("professional_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_binomes" ADD CONSTRAINT "partnership_binomes_representative_id_users_id_fk" FOREIGN KEY ("representative_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_expectations" ADD CONSTRAINT "partnership_expectations_binome_id_partnership_binomes_id_fk" FOREIGN KEY ("binome_id") REFERENCES "public"."partnership_binomes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_expectations" ADD CONSTRAINT "partnership_expectations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_positions" ADD CONSTRAINT "partnership_positions_binome_id_partnership_binomes_id_fk" FOREIGN KEY ("binome_id") REFERENCES "public"."partnership_binomes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_positions" ADD CONSTRAINT "partnership_positions_domain_id_partnership_domains_id_fk" FOREIGN KEY ("domain_id") REFERENCES "public"."partnership_domains"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_positions" ADD CONSTRAINT "partnership_positions_agreed_by_users_id_fk" FOREIGN KEY ("agreed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_rating_submissions" ADD CONSTRAINT "partnership_rating_submissions_binome_id_partnership_binomes_id_fk" FOREIGN KEY ("binome_id") REFERENCES "public"."partnership_binomes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_rating_submissions" ADD CONSTRAINT "partnership_rating_submissions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_ratings" ADD CONSTRAINT "partnership_ratings_binome_id_partnership_binomes_id_fk" FOREIGN KEY ("binome_id") REFERENCES "public"."partnership_binomes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_ratings" ADD CONSTRAINT "partnership_ratings_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_ratings" ADD CONSTRAINT "partnership_ratings_domain_id_partnership_domains_id_fk" FOREIGN KEY ("domain_id") REFERENCES "public"."partnership_domains"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_stories" ADD CONSTRAINT "partnership_stories_binome_id_partnership_binomes_id_fk" FOREIGN KEY ("binome_id") REFERENCES "public"."partnership_binomes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_stories" ADD CONSTRAINT "partnership_stories_domain_id_partnership_domains_id_fk" FOREIGN KEY ("domain_id") REFERENCES "public"."partnership_domains"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_stories" ADD CONSTRAINT "partnership_stories_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_workshop_communities" ADD CONSTRAINT "partnership_workshop_communities_workshop_id_partnership_workshops_id_fk" FOREIGN KEY ("workshop_id") REFERENCES "public"."partnership_workshops"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_workshop_communities" ADD CONSTRAINT "partnership_workshop_communities_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_workshops" ADD CONSTRAINT "partnership_workshops_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "partnership_actions_binome_id_index" ON "partnership_actions" USING btree ("binome_id");--> statement-breakpoint
CREATE INDEX "partnership_binomes_establishment_id_index" ON "partnership_binomes" USING btree ("establishment_id");--> statement-breakpoint
CREATE INDEX "partnership_binomes_professional_id_index" ON "partnership_binomes" USING btree ("professional_id");--> statement-breakpoint
CREATE INDEX "partnership_binomes_representative_id_index" ON "partnership_binomes" USING btree ("representative_id");--> statement-breakpoint
CREATE INDEX "partnership_stories_binome_id_index" ON "partnership_stories" USING btree ("binome_id");--> statement-breakpoint
CREATE INDEX "partnership_workshops_starts_at_index" ON "partnership_workshops" USING btree ("starts_at");