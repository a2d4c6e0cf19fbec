CREATE TABLE "community_subgroup_members" (
	"subgroup_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "community_subgroup_members_subgroup_id_user_id_pk" PRIMARY KEY("subgroup_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "community_subgroups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"community_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "community_subgroups_community_id_name_unique" UNIQUE("community_id","name")
);
--> statement-breakpoint
ALTER TABLE "community_meetings" ADD COLUMN "subgroup_id" uuid;--> statement-breakpoint
ALTER TABLE "community_subgroup_members" ADD CONSTRAINT "community_subgroup_members_subgroup_id_community_subgroups_id_fk" FOREIGN KEY ("subgroup_id") REFERENCES "public"."community_subgroups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_subgroup_members" ADD CONSTRAINT "community_subgroup_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "community_subgroups" ADD CONSTRAINT "community_subgroups_community_id_communities_id_fk" FOREIGN KEY ("community_id") REFERENCES "public"."communities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "community_subgroup_members_user_id_index" ON "community_subgroup_members" USING btree ("user_id");--> statement-breakpoint
ALTER TABLE "community_meetings" ADD CONSTRAINT "community_meetings_subgroup_id_community_subgroups_id_fk" FOREIGN KEY ("subgroup_id") REFERENCES "public"."community_subgroups"("id") ON DELETE set null ON UPDATE no action;