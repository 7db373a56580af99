CREATE TABLE "province_rule_settings" (
	"province_id" uuid PRIMARY KEY NOT NULL,
	"amended_law_from" date,
	"higher_titles_threshold" integer DEFAULT 90 NOT NULL,
	"document_number" text,
	"document_date" date,
	"updated_by" uuid,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "province_rule_settings_threshold_check" CHECK ("province_rule_settings"."higher_titles_threshold" between 50 and 100),
	CONSTRAINT "province_rule_settings_document_check" CHECK (("province_rule_settings"."amended_law_from" is null and "province_rule_settings"."higher_titles_threshold" = 90) or ("province_rule_settings"."document_number" is not null and "province_rule_settings"."document_date" is not null))
);
--> statement-breakpoint
ALTER TABLE "province_rule_settings" ADD CONSTRAINT "province_rule_settings_province_id_admin_units_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "province_rule_settings" ADD CONSTRAINT "province_rule_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;