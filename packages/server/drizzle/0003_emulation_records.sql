CREATE TABLE "achievements" (
	"commune_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"year_id" uuid NOT NULL,
	"subject_type" text NOT NULL,
	"person_id" uuid,
	"unit_id" uuid,
	"title" text NOT NULL,
	"description" text,
	"achieved_on" date,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "achievements_commune_id_id_pk" PRIMARY KEY("commune_id","id"),
	CONSTRAINT "achievements_subject_check" CHECK (("achievements"."subject_type" = 'person' and "achievements"."person_id" is not null and "achievements"."unit_id" is null) or ("achievements"."subject_type" = 'unit' and "achievements"."unit_id" is not null and "achievements"."person_id" is null))
);
--> statement-breakpoint
CREATE TABLE "disciplines" (
	"commune_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"form" text NOT NULL,
	"decided_on" date NOT NULL,
	"decision_number" text,
	"reason" text NOT NULL,
	"effective_until" date,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "disciplines_commune_id_id_pk" PRIMARY KEY("commune_id","id"),
	CONSTRAINT "disciplines_form_check" CHECK (form in ('khien_trach', 'canh_cao', 'ha_bac_luong', 'giang_chuc', 'cach_chuc', 'buoc_thoi_viec')),
	CONSTRAINT "disciplines_period_check" CHECK ("disciplines"."effective_until" is null or "disciplines"."effective_until" >= "disciplines"."decided_on")
);
--> statement-breakpoint
CREATE TABLE "exemplars" (
	"commune_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"year_id" uuid NOT NULL,
	"subject_type" text NOT NULL,
	"person_id" uuid,
	"unit_id" uuid,
	"household_id" uuid,
	"description" text NOT NULL,
	"stage" text DEFAULT 'discovered' NOT NULL,
	"discovered_on" date NOT NULL,
	"nurtured_on" date,
	"summarised_on" date,
	"replicated_on" date,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exemplars_commune_id_id_pk" PRIMARY KEY("commune_id","id"),
	CONSTRAINT "exemplars_subject_type_check" CHECK (subject_type in ('person', 'unit', 'household')),
	CONSTRAINT "exemplars_subject_check" CHECK (num_nonnulls("exemplars"."person_id", "exemplars"."unit_id", "exemplars"."household_id") = 1 and (("exemplars"."subject_type" = 'person') = ("exemplars"."person_id" is not null)) and (("exemplars"."subject_type" = 'unit') = ("exemplars"."unit_id" is not null))),
	CONSTRAINT "exemplars_stage_check" CHECK (stage in ('discovered', 'nurtured', 'summarised', 'replicated'))
);
--> statement-breakpoint
CREATE TABLE "files" (
	"commune_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"owner" text NOT NULL,
	"owner_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "files_commune_id_id_pk" PRIMARY KEY("commune_id","id"),
	CONSTRAINT "files_owner_check" CHECK (owner in ('movement', 'movement_review', 'pact', 'achievement', 'initiative', 'exemplar')),
	CONSTRAINT "files_size_check" CHECK ("files"."size_bytes" > 0)
);
--> statement-breakpoint
CREATE TABLE "initiatives" (
	"commune_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"year_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"co_authors" text,
	"title" text NOT NULL,
	"summary" text,
	"level" text,
	"recognised_on" date,
	"decision_number" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "initiatives_commune_id_id_pk" PRIMARY KEY("commune_id","id"),
	CONSTRAINT "initiatives_level_check" CHECK (level in ('co_so', 'tinh', 'toan_quoc')),
	CONSTRAINT "initiatives_recognition_check" CHECK (("initiatives"."level" is null) = ("initiatives"."recognised_on" is null))
);
--> statement-breakpoint
CREATE TABLE "monthly_scores" (
	"commune_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"year_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"month" integer NOT NULL,
	"self_points" jsonb,
	"self_score" numeric(5, 1),
	"head_points" jsonb,
	"head_score" numeric(5, 1),
	"head_scored_by" text,
	"comment" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "monthly_scores_commune_id_id_pk" PRIMARY KEY("commune_id","id"),
	CONSTRAINT "monthly_scores_month_check" CHECK ("monthly_scores"."month" between 1 and 12)
);
--> statement-breakpoint
CREATE TABLE "movement_reviews" (
	"commune_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"movement_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"reviewed_on" date NOT NULL,
	"results" text NOT NULL,
	"figures" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "movement_reviews_commune_id_id_pk" PRIMARY KEY("commune_id","id"),
	CONSTRAINT "movement_reviews_kind_check" CHECK (kind in ('interim', 'final'))
);
--> statement-breakpoint
CREATE TABLE "movements" (
	"commune_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"year_id" uuid NOT NULL,
	"name" text NOT NULL,
	"launch_level" text NOT NULL,
	"type" text NOT NULL,
	"starts_on" date,
	"ends_on" date,
	"participants" text,
	"criteria" text,
	"plan_number" text,
	"plan_date" date,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "movements_commune_id_id_pk" PRIMARY KEY("commune_id","id"),
	CONSTRAINT "movements_launch_level_check" CHECK (launch_level in ('national', 'province', 'commune')),
	CONSTRAINT "movements_type_check" CHECK (type in ('regular', 'periodic', 'thematic')),
	CONSTRAINT "movements_period_check" CHECK ("movements"."ends_on" is null or "movements"."starts_on" is null or "movements"."ends_on" >= "movements"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "pact_parties" (
	"commune_id" uuid NOT NULL,
	"pact_id" uuid NOT NULL,
	"unit_id" uuid NOT NULL,
	"signatory" text NOT NULL,
	"commitments" text,
	CONSTRAINT "pact_parties_commune_id_pact_id_unit_id_pk" PRIMARY KEY("commune_id","pact_id","unit_id")
);
--> statement-breakpoint
CREATE TABLE "pacts" (
	"commune_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"year_id" uuid NOT NULL,
	"name" text NOT NULL,
	"signed_on" date NOT NULL,
	"chair_signatory" text NOT NULL,
	"commitments" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "pacts_commune_id_id_pk" PRIMARY KEY("commune_id","id")
);
--> statement-breakpoint
CREATE TABLE "period_targets" (
	"commune_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"from_year" integer NOT NULL,
	"to_year" integer NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"unit" text,
	"field" text NOT NULL,
	"direction" text NOT NULL,
	"target" numeric(18, 4),
	"source" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "period_targets_commune_id_id_pk" PRIMARY KEY("commune_id","id"),
	CONSTRAINT "period_targets_years_check" CHECK ("period_targets"."to_year" >= "period_targets"."from_year"),
	CONSTRAINT "period_targets_field_check" CHECK (field in ('economy', 'culture_society', 'security_defence', 'government', 'party_building', 'mass_organisations')),
	CONSTRAINT "period_targets_direction_check" CHECK (direction in ('higher', 'lower', 'exact'))
);
--> statement-breakpoint
CREATE TABLE "registration_events" (
	"commune_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"registration_id" uuid NOT NULL,
	"status" text NOT NULL,
	"reason" text,
	"actor_name" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "registration_events_commune_id_id_pk" PRIMARY KEY("commune_id","id"),
	CONSTRAINT "registration_events_status_check" CHECK (status in ('submitted', 'returned', 'accepted', 'withdrawn'))
);
--> statement-breakpoint
CREATE TABLE "registrations" (
	"commune_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"year_id" uuid NOT NULL,
	"subject_type" text NOT NULL,
	"person_id" uuid,
	"unit_id" uuid,
	"title" text NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"return_reason" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "registrations_commune_id_id_pk" PRIMARY KEY("commune_id","id"),
	CONSTRAINT "registrations_subject_type_check" CHECK (subject_type in ('person', 'unit')),
	CONSTRAINT "registrations_subject_check" CHECK (("registrations"."subject_type" = 'person' and "registrations"."person_id" is not null and "registrations"."unit_id" is null) or ("registrations"."subject_type" = 'unit' and "registrations"."unit_id" is not null and "registrations"."person_id" is null)),
	CONSTRAINT "registrations_title_check" CHECK (title in ('lao_dong_tien_tien', 'chien_si_tien_tien', 'chien_si_thi_dua_co_so', 'chien_si_thi_dua_cap_tinh', 'chien_si_thi_dua_toan_quoc', 'tap_the_lao_dong_tien_tien', 'tap_the_lao_dong_xuat_sac', 'co_thi_dua_cap_tinh', 'co_thi_dua_chinh_phu', 'thon_to_dan_pho_van_hoa', 'xa_phuong_tieu_bieu', 'gia_dinh_van_hoa')),
	CONSTRAINT "registrations_status_check" CHECK (status in ('submitted', 'returned', 'accepted', 'withdrawn'))
);
--> statement-breakpoint
CREATE TABLE "scoring_sheets" (
	"commune_id" uuid PRIMARY KEY NOT NULL,
	"criteria" jsonb NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "year_grades" (
	"commune_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"year_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"proposed_grade" text,
	"average" numeric(5, 1),
	"grade" text NOT NULL,
	"note" text,
	"confirmed_by" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "year_grades_commune_id_id_pk" PRIMARY KEY("commune_id","id"),
	CONSTRAINT "year_grades_grade_check" CHECK (grade in ('hoan_thanh_xuat_sac', 'hoan_thanh_tot', 'hoan_thanh', 'khong_hoan_thanh')),
	CONSTRAINT "year_grades_proposed_check" CHECK (proposed_grade in ('hoan_thanh_xuat_sac', 'hoan_thanh_tot', 'hoan_thanh', 'khong_hoan_thanh'))
);
--> statement-breakpoint
ALTER TABLE "emulation_years" ADD COLUMN "registration_deadline" date;--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "period_target_id" uuid;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "unit_id" uuid;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "person_id" uuid;--> statement-breakpoint
ALTER TABLE "achievements" ADD CONSTRAINT "achievements_commune_id_admin_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "achievements" ADD CONSTRAINT "achievements_year_fk" FOREIGN KEY ("commune_id","year_id") REFERENCES "public"."emulation_years"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "achievements" ADD CONSTRAINT "achievements_person_fk" FOREIGN KEY ("commune_id","person_id") REFERENCES "public"."people"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "achievements" ADD CONSTRAINT "achievements_unit_fk" FOREIGN KEY ("commune_id","unit_id") REFERENCES "public"."units"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disciplines" ADD CONSTRAINT "disciplines_commune_id_admin_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disciplines" ADD CONSTRAINT "disciplines_person_fk" FOREIGN KEY ("commune_id","person_id") REFERENCES "public"."people"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exemplars" ADD CONSTRAINT "exemplars_commune_id_admin_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exemplars" ADD CONSTRAINT "exemplars_year_fk" FOREIGN KEY ("commune_id","year_id") REFERENCES "public"."emulation_years"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exemplars" ADD CONSTRAINT "exemplars_person_fk" FOREIGN KEY ("commune_id","person_id") REFERENCES "public"."people"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exemplars" ADD CONSTRAINT "exemplars_unit_fk" FOREIGN KEY ("commune_id","unit_id") REFERENCES "public"."units"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exemplars" ADD CONSTRAINT "exemplars_household_fk" FOREIGN KEY ("commune_id","household_id") REFERENCES "public"."households"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "files" ADD CONSTRAINT "files_commune_id_admin_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_commune_id_admin_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_year_fk" FOREIGN KEY ("commune_id","year_id") REFERENCES "public"."emulation_years"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "initiatives" ADD CONSTRAINT "initiatives_person_fk" FOREIGN KEY ("commune_id","person_id") REFERENCES "public"."people"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monthly_scores" ADD CONSTRAINT "monthly_scores_commune_id_admin_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monthly_scores" ADD CONSTRAINT "monthly_scores_year_fk" FOREIGN KEY ("commune_id","year_id") REFERENCES "public"."emulation_years"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "monthly_scores" ADD CONSTRAINT "monthly_scores_person_fk" FOREIGN KEY ("commune_id","person_id") REFERENCES "public"."people"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movement_reviews" ADD CONSTRAINT "movement_reviews_commune_id_admin_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movement_reviews" ADD CONSTRAINT "movement_reviews_movement_fk" FOREIGN KEY ("commune_id","movement_id") REFERENCES "public"."movements"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movements" ADD CONSTRAINT "movements_commune_id_admin_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "movements" ADD CONSTRAINT "movements_year_fk" FOREIGN KEY ("commune_id","year_id") REFERENCES "public"."emulation_years"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pact_parties" ADD CONSTRAINT "pact_parties_commune_id_admin_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pact_parties" ADD CONSTRAINT "pact_parties_pact_fk" FOREIGN KEY ("commune_id","pact_id") REFERENCES "public"."pacts"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pact_parties" ADD CONSTRAINT "pact_parties_unit_fk" FOREIGN KEY ("commune_id","unit_id") REFERENCES "public"."units"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pacts" ADD CONSTRAINT "pacts_commune_id_admin_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pacts" ADD CONSTRAINT "pacts_year_fk" FOREIGN KEY ("commune_id","year_id") REFERENCES "public"."emulation_years"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "period_targets" ADD CONSTRAINT "period_targets_commune_id_admin_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_events" ADD CONSTRAINT "registration_events_commune_id_admin_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration_events" ADD CONSTRAINT "registration_events_registration_fk" FOREIGN KEY ("commune_id","registration_id") REFERENCES "public"."registrations"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_commune_id_admin_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_year_fk" FOREIGN KEY ("commune_id","year_id") REFERENCES "public"."emulation_years"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_person_fk" FOREIGN KEY ("commune_id","person_id") REFERENCES "public"."people"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registrations" ADD CONSTRAINT "registrations_unit_fk" FOREIGN KEY ("commune_id","unit_id") REFERENCES "public"."units"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "scoring_sheets" ADD CONSTRAINT "scoring_sheets_commune_id_admin_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "year_grades" ADD CONSTRAINT "year_grades_commune_id_admin_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "year_grades" ADD CONSTRAINT "year_grades_year_fk" FOREIGN KEY ("commune_id","year_id") REFERENCES "public"."emulation_years"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "year_grades" ADD CONSTRAINT "year_grades_person_fk" FOREIGN KEY ("commune_id","person_id") REFERENCES "public"."people"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "achievements_year_idx" ON "achievements" USING btree ("commune_id","year_id");--> statement-breakpoint
CREATE INDEX "disciplines_person_idx" ON "disciplines" USING btree ("commune_id","person_id","decided_on");--> statement-breakpoint
CREATE INDEX "exemplars_year_idx" ON "exemplars" USING btree ("commune_id","year_id");--> statement-breakpoint
CREATE INDEX "files_owner_idx" ON "files" USING btree ("commune_id","owner","owner_id");--> statement-breakpoint
CREATE INDEX "initiatives_year_idx" ON "initiatives" USING btree ("commune_id","year_id");--> statement-breakpoint
CREATE UNIQUE INDEX "monthly_scores_month_key" ON "monthly_scores" USING btree ("commune_id","year_id","person_id","month");--> statement-breakpoint
CREATE INDEX "movement_reviews_movement_idx" ON "movement_reviews" USING btree ("commune_id","movement_id","reviewed_on");--> statement-breakpoint
CREATE INDEX "movements_year_idx" ON "movements" USING btree ("commune_id","year_id");--> statement-breakpoint
CREATE INDEX "pacts_year_idx" ON "pacts" USING btree ("commune_id","year_id");--> statement-breakpoint
CREATE INDEX "period_targets_period_idx" ON "period_targets" USING btree ("commune_id","from_year","position");--> statement-breakpoint
CREATE INDEX "registration_events_registration_idx" ON "registration_events" USING btree ("commune_id","registration_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "registrations_person_title_key" ON "registrations" USING btree ("commune_id","year_id","person_id","title") WHERE person_id is not null and status <> 'withdrawn';--> statement-breakpoint
CREATE UNIQUE INDEX "registrations_unit_title_key" ON "registrations" USING btree ("commune_id","year_id","unit_id","title") WHERE person_id is null and status <> 'withdrawn';--> statement-breakpoint
CREATE INDEX "registrations_year_title_idx" ON "registrations" USING btree ("commune_id","year_id","title");--> statement-breakpoint
CREATE UNIQUE INDEX "year_grades_person_key" ON "year_grades" USING btree ("commune_id","year_id","person_id");--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_period_target_fk" FOREIGN KEY ("commune_id","period_target_id") REFERENCES "public"."period_targets"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_unit_fk" FOREIGN KEY ("admin_unit_id","unit_id") REFERENCES "public"."units"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_person_fk" FOREIGN KEY ("admin_unit_id","person_id") REFERENCES "public"."people"("commune_id","id") ON DELETE no action ON UPDATE no action;