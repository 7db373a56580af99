CREATE TABLE "scoring_settings" (
	"commune_id" uuid PRIMARY KEY NOT NULL,
	"head_scorer_user_id" uuid,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "scoring_sheets" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "scoring_sheets" ADD COLUMN "thresholds" jsonb DEFAULT '{"hoan_thanh_xuat_sac":90,"hoan_thanh_tot":70,"hoan_thanh":50}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "scoring_sheets" ADD COLUMN "minimum_months" integer DEFAULT 6 NOT NULL;--> statement-breakpoint
ALTER TABLE "scoring_sheets" DROP CONSTRAINT "scoring_sheets_pkey";--> statement-breakpoint
ALTER TABLE "scoring_sheets" ADD CONSTRAINT "scoring_sheets_commune_id_version_pk" PRIMARY KEY("commune_id","version");--> statement-breakpoint
ALTER TABLE "emulation_years" ADD COLUMN "scoring_sheet_version" integer;--> statement-breakpoint
ALTER TABLE "monthly_scores" ADD COLUMN "head_correction_reason" text;--> statement-breakpoint
ALTER TABLE "monthly_scores" ADD COLUMN "sheet_version" integer;--> statement-breakpoint
ALTER TABLE "scoring_settings" ADD CONSTRAINT "scoring_settings_commune_id_admin_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scoring_settings" ADD CONSTRAINT "scoring_settings_head_scorer_user_id_users_id_fk" FOREIGN KEY ("head_scorer_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scoring_sheets" ADD CONSTRAINT "scoring_sheets_version_check" CHECK ("scoring_sheets"."version" >= 1);--> statement-breakpoint
-- Data (idempotent): a year closed before versions were kept freezes the sheet it has today (0: the default).
UPDATE "emulation_years" AS y SET "scoring_sheet_version" = coalesce(
	(SELECT max(s."version") FROM "scoring_sheets" s WHERE s."commune_id" = y."commune_id"), 0)
WHERE y."status" = 'closed' AND y."scoring_sheet_version" IS NULL;
