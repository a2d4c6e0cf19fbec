ALTER TABLE "partnership_binomes" DROP CONSTRAINT "partnership_binomes_professional_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "partnership_binomes" DROP CONSTRAINT "partnership_binomes_representative_id_users_id_fk";
--> statement-breakpoint
ALTER TABLE "partnership_binomes" ALTER COLUMN "professional_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "partnership_binomes" ALTER COLUMN "representative_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "partnership_binomes" ADD CONSTRAINT "partnership_binomes_professional_id_users_id_fk" FOREIGN KEY ("professional_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_binomes" ADD CONSTRAINT "partnership_binomes_representative_id_users_id_fk" FOREIGN KEY ("representative_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;