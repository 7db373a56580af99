-- Trigram indexes make the diacritics-insensitive search fast (search_text LIKE '%…%').
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE TABLE "households" (
	"commune_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"group_id" uuid NOT NULL,
	"head_name" text NOT NULL,
	"address" text NOT NULL,
	"member_count" integer NOT NULL,
	"retired_on" date,
	"search_text" text NOT NULL,
	"match_key" text NOT NULL,
	"sort_name" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "households_commune_id_id_pk" PRIMARY KEY("commune_id","id"),
	CONSTRAINT "households_member_count_check" CHECK ("households"."member_count" between 1 and 50)
);
--> statement-breakpoint
CREATE TABLE "people" (
	"commune_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"full_name" text NOT NULL,
	"gender" text NOT NULL,
	"birth_date" date NOT NULL,
	"id_number" text NOT NULL,
	"position" text,
	"unit_id" uuid,
	"employment_category" text NOT NULL,
	"is_leader" boolean DEFAULT false NOT NULL,
	"service_start" date,
	"service_end" date,
	"retired_on" date,
	"retire_reason" text,
	"search_text" text NOT NULL,
	"sort_name" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "people_commune_id_id_pk" PRIMARY KEY("commune_id","id"),
	CONSTRAINT "people_gender_check" CHECK (gender in ('male', 'female')),
	CONSTRAINT "people_category_check" CHECK (employment_category in ('can_bo', 'cong_chuc', 'vien_chuc', 'nguoi_lao_dong', 'khong_chuyen_trach', 'cong_dan')),
	CONSTRAINT "people_id_number_check" CHECK ("people"."id_number" ~ '^[0-9]{12}$')
);
--> statement-breakpoint
CREATE TABLE "residential_groups" (
	"commune_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"leader_name" text,
	"leader_phone" text,
	"retired_on" date,
	"search_text" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "residential_groups_commune_id_id_pk" PRIMARY KEY("commune_id","id"),
	CONSTRAINT "residential_groups_kind_check" CHECK (kind in ('to_dan_pho', 'khom', 'ap', 'thon'))
);
--> statement-breakpoint
CREATE TABLE "units" (
	"commune_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"parent_id" uuid,
	"retired_on" date,
	"search_text" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "units_commune_id_id_pk" PRIMARY KEY("commune_id","id"),
	CONSTRAINT "units_kind_check" CHECK (kind in ('administrative_body', 'specialised_department', 'police', 'military', 'fatherland_front', 'mass_organisation', 'trade_union', 'school', 'health_station', 'enterprise', 'other'))
);
--> statement-breakpoint
ALTER TABLE "households" ADD CONSTRAINT "households_commune_id_admin_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "households" ADD CONSTRAINT "households_group_fk" FOREIGN KEY ("commune_id","group_id") REFERENCES "public"."residential_groups"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_commune_id_admin_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people" ADD CONSTRAINT "people_unit_fk" FOREIGN KEY ("commune_id","unit_id") REFERENCES "public"."units"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "residential_groups" ADD CONSTRAINT "residential_groups_commune_id_admin_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "units" ADD CONSTRAINT "units_commune_id_admin_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Deferred: a restore may insert a unit before its parent; the check runs at commit.
ALTER TABLE "units" ADD CONSTRAINT "units_parent_fk" FOREIGN KEY ("commune_id","parent_id") REFERENCES "public"."units"("commune_id","id") ON DELETE no action ON UPDATE no action DEFERRABLE INITIALLY DEFERRED;--> statement-breakpoint
CREATE UNIQUE INDEX "households_match_key" ON "households" USING btree ("commune_id","match_key");--> statement-breakpoint
CREATE INDEX "households_group_idx" ON "households" USING btree ("commune_id","group_id","sort_name");--> statement-breakpoint
CREATE INDEX "households_sort_idx" ON "households" USING btree ("commune_id","sort_name");--> statement-breakpoint
CREATE INDEX "households_search_idx" ON "households" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "people_id_number_key" ON "people" USING btree ("commune_id","id_number");--> statement-breakpoint
CREATE INDEX "people_sort_idx" ON "people" USING btree ("commune_id","sort_name");--> statement-breakpoint
CREATE INDEX "people_unit_idx" ON "people" USING btree ("commune_id","unit_id");--> statement-breakpoint
CREATE INDEX "people_search_idx" ON "people" USING gin ("search_text" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "residential_groups_active_name_key" ON "residential_groups" USING btree ("commune_id","search_text") WHERE retired_on is null;--> statement-breakpoint
CREATE UNIQUE INDEX "units_active_name_key" ON "units" USING btree ("commune_id","search_text") WHERE retired_on is null;--> statement-breakpoint
CREATE INDEX "audit_log_record_idx" ON "audit_log" USING btree ("admin_unit_id","entity","entity_id","created_at");