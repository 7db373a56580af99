CREATE TABLE "admin_unit_mergers" (
	"result_unit_id" uuid NOT NULL,
	"former_unit_id" uuid NOT NULL,
	"effective_date" date NOT NULL,
	"legal_basis" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "admin_unit_mergers_result_unit_id_former_unit_id_pk" PRIMARY KEY("result_unit_id","former_unit_id")
);
--> statement-breakpoint
CREATE TABLE "admin_units" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"level" text NOT NULL,
	"parent_id" uuid,
	"address" text,
	"is_demo" boolean DEFAULT false NOT NULL,
	"dissolved_on" date,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "admin_units_level_check" CHECK (level in ('province', 'commune', 'ward', 'special_zone')),
	CONSTRAINT "admin_units_parent_check" CHECK (("admin_units"."level" = 'province') = ("admin_units"."parent_id" is null))
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"admin_unit_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" text,
	"changes" jsonb,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "audit_log_admin_unit_id_id_pk" PRIMARY KEY("admin_unit_id","id")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"admin_unit_id" uuid NOT NULL,
	"username" text NOT NULL,
	"display_name" text NOT NULL,
	"role" text NOT NULL,
	"password_hash" text NOT NULL,
	"disabled_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "users_role_check" CHECK (role in ('province_admin', 'commune_officer', 'chair', 'council_member', 'unit_head', 'group_leader', 'member'))
);
--> statement-breakpoint
ALTER TABLE "admin_unit_mergers" ADD CONSTRAINT "admin_unit_mergers_result_unit_id_admin_units_id_fk" FOREIGN KEY ("result_unit_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "admin_unit_mergers" ADD CONSTRAINT "admin_unit_mergers_former_unit_id_admin_units_id_fk" FOREIGN KEY ("former_unit_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "admin_units" ADD CONSTRAINT "admin_units_parent_id_admin_units_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_admin_unit_id_admin_units_id_fk" FOREIGN KEY ("admin_unit_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_admin_unit_id_admin_units_id_fk" FOREIGN KEY ("admin_unit_id") REFERENCES "public"."admin_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "admin_unit_mergers_former_key" ON "admin_unit_mergers" USING btree ("former_unit_id");--> statement-breakpoint
CREATE UNIQUE INDEX "admin_units_code_key" ON "admin_units" USING btree ("code");--> statement-breakpoint
CREATE INDEX "admin_units_parent_idx" ON "admin_units" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "audit_log_unit_time_idx" ON "audit_log" USING btree ("admin_unit_id","created_at");--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_username_key" ON "users" USING btree ("username");--> statement-breakpoint
CREATE INDEX "users_admin_unit_idx" ON "users" USING btree ("admin_unit_id");