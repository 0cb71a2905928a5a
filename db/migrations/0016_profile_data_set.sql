-- The profile becomes a data set of indicators: each year's figures move to indicator_values (profile.*),
-- keeping who saved them and when; the profile row keeps its notes, source and version.
INSERT INTO "indicator_values" ("indicator_code", "unit_id", "period_kind", "period_start", "period_end", "disaggregation", "value", "source", "entered_by", "entered_at")
SELECT v.code, p.unit_id, 'year', make_date(p.year, 1, 1), make_date(p.year, 12, 31), '', v.value, 'entered', p.updated_by, p.updated_at
FROM "unit_profiles" p CROSS JOIN LATERAL (VALUES
  ('profile.natural_area_ha', p.natural_area_ha::numeric),
  ('profile.forest_area_ha', p.forest_area_ha::numeric),
  ('profile.protective_forest_ha', p.protective_forest_ha::numeric),
  ('profile.production_forest_ha', p.production_forest_ha::numeric),
  ('profile.population', p.population::numeric),
  ('profile.households', p.households::numeric),
  ('profile.poor_households', p.poor_households::numeric),
  ('profile.near_poor_households', p.near_poor_households::numeric),
  ('profile.other_households', p.other_households::numeric),
  ('profile.villages', p.villages::numeric),
  ('profile.residential_areas', p.residential_areas::numeric),
  ('profile.cadres', p.cadres::numeric),
  ('profile.civil_servants', p.civil_servants::numeric),
  ('profile.party_cells', p.party_cells::numeric),
  ('profile.party_members', p.party_members::numeric)
) AS v(code, value)
WHERE v.value IS NOT NULL
ON CONFLICT DO NOTHING;--> statement-breakpoint
ALTER TABLE "unit_profiles" DROP COLUMN "natural_area_ha";--> statement-breakpoint
ALTER TABLE "unit_profiles" DROP COLUMN "forest_area_ha";--> statement-breakpoint
ALTER TABLE "unit_profiles" DROP COLUMN "protective_forest_ha";--> statement-breakpoint
ALTER TABLE "unit_profiles" DROP COLUMN "production_forest_ha";--> statement-breakpoint
ALTER TABLE "unit_profiles" DROP COLUMN "population";--> statement-breakpoint
ALTER TABLE "unit_profiles" DROP COLUMN "households";--> statement-breakpoint
ALTER TABLE "unit_profiles" DROP COLUMN "poor_households";--> statement-breakpoint
ALTER TABLE "unit_profiles" DROP COLUMN "near_poor_households";--> statement-breakpoint
ALTER TABLE "unit_profiles" DROP COLUMN "other_households";--> statement-breakpoint
ALTER TABLE "unit_profiles" DROP COLUMN "villages";--> statement-breakpoint
ALTER TABLE "unit_profiles" DROP COLUMN "residential_areas";--> statement-breakpoint
ALTER TABLE "unit_profiles" DROP COLUMN "cadres";--> statement-breakpoint
ALTER TABLE "unit_profiles" DROP COLUMN "civil_servants";--> statement-breakpoint
ALTER TABLE "unit_profiles" DROP COLUMN "party_cells";--> statement-breakpoint
ALTER TABLE "unit_profiles" DROP COLUMN "party_members";