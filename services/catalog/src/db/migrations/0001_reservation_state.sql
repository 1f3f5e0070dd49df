ALTER TABLE "stock_reservations" ADD COLUMN "state" text DEFAULT 'reserved' NOT NULL;--> statement-breakpoint
ALTER TABLE "stock_reservations" ADD COLUMN "unit_amount_minor" bigint NOT NULL;--> statement-breakpoint
ALTER TABLE "stock_reservations" ADD COLUMN "currency" char(3) NOT NULL;--> statement-breakpoint
ALTER TABLE "stock_reservations" ADD COLUMN "updated_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "stock_reservations" ADD CONSTRAINT "stock_reservations_state" CHECK ("stock_reservations"."state" in ('reserved', 'committed', 'released'));--> statement-breakpoint
ALTER TABLE "stock_reservations" ADD CONSTRAINT "stock_reservations_unit_amount_non_negative" CHECK ("stock_reservations"."unit_amount_minor" >= 0);