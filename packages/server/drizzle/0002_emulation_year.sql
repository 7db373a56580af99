CREATE TABLE "emulation_years" (
	"commune_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"year" integer NOT NULL,
	"theme" text NOT NULL,
	"status" text DEFAULT 'planning' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "emulation_years_commune_id_id_pk" PRIMARY KEY("commune_id","id"),
	CONSTRAINT "emulation_years_status_check" CHECK (status in ('planning', 'running', 'reviewing', 'closed'))
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"commune_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"year_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"unit" text,
	"field" text NOT NULL,
	"direction" text NOT NULL,
	"target" numeric(18, 4),
	"actual" numeric(18, 4),
	"source" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicators_commune_id_id_pk" PRIMARY KEY("commune_id","id"),
	CONSTRAINT "indicators_field_check" CHECK (field in ('economy', 'culture_society', 'security_defence', 'government', 'party_building', 'mass_organisations')),
	CONSTRAINT "indicators_direction_check" CHECK (direction in ('higher', 'lower', 'exact'))
);
--> statement-breakpoint
ALTER TABLE "emulation_years" ADD CONSTRAINT "emulation_years_commune_id_admin_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_commune_id_admin_units_id_fk" FOREIGN KEY ("commune_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_year_fk" FOREIGN KEY ("commune_id","year_id") REFERENCES "public"."emulation_years"("commune_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "emulation_years_year_key" ON "emulation_years" USING btree ("commune_id","year");--> statement-breakpoint
CREATE INDEX "indicators_year_idx" ON "indicators" USING btree ("commune_id","year_id","position");