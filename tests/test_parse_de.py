"""German case table for ``aidtracker.parse``: sentences written for these tests (facts from the news).

Three groups: cases that once broke (named after what broke), plain cases, and known failures
(``xfail(strict=True)``: they start failing the day they are fixed, so the table stays honest).
"""

from __future__ import annotations

import pytest
from parse_cases import Case, Expect, check, table, tables

LANG = "de"

WORKED_EXAMPLE = Case(
    "worked_example",
    "Nach Angaben aus Regierungskreisen soll die deutsche Unterstützung für die ukrainische "
    "Luftverteidigung jedes Jahr um 20 Prozent zulegen. Außerdem will Berlin vier mechanisierte "
    "Infanteriebrigaden ausrüsten, was auf 480 Infanteriefahrzeuge pro Jahr hinausliefe.",
    (
        Expect("DEU", "air_defence", growth="20 percent / year"),
        Expect("DEU", "armour", "4 brigade"),
        Expect("DEU", "armour", "480 vehicle / year", same_as=1),
    ),
    published="2025-09-04",
)

CAUGHT_BUGS = [
    Case(
        "bislang_in_a_budget_plan",
        # "bislang" is no running total where the clause states a plan ("sieht ... vor")
        "Der Haushalt sieht für das kommende Jahr bislang nur vier Milliarden Euro an Militärhilfe vor.",
        # (session 17: a budget word and a sum in euros with no giver named are the home state's, donors.home)
        (Expect("DEU", "military_general", "4e9 EUR", period=(2025, 2025)),),
        published="2024-08-17",
    ),
    Case(
        "designation_after_typ_is_not_a_count",
        "Schweden liefert der Ukraine zwei Aufklärungsflugzeuge vom Typ ASC 890.",
        (Expect("SWE", "aircraft", "2 aircraft"),),
    ),
    Case(
        "old_figure_in_brackets_does_not_poison_the_sentence",
        "Geplant ist nun die Lieferung von 16 Brückenlegepanzern (bisher geplant: 9) an die Ukraine.",
        (Expect(None, "armour", "16 vehicle"),),
    ),
    Case(
        "insgesamt_in_a_plan_is_still_a_pledge",
        "Belgien will der Ukraine bis 2028 insgesamt 30 F-16-Kampfflugzeuge überlassen.",
        (Expect("BEL", "aircraft", "30 aircraft", period=(None, 2028)),),
    ),
    Case(
        "separable_verb_sagte_zu_is_a_pledge",
        "Die Regierung in Oslo sagte außerdem 100 gepanzerte Fahrzeuge und 1.000 Panzerabwehrwaffen zu.",
        (Expect("NOR", "armour", "100 vehicle"), Expect("NOR", "small_arms", "1000 weapon")),
    ),
    Case(
        "package_sum_is_not_the_price_of_one_of_its_parts",
        "Deutschland will der Ukraine Waffen im Wert von 2,7 Milliarden Euro liefern, darunter 30 "
        "Leopard-1-Panzer und 20 Marder-Schützenpanzer.",
        (
            Expect("DEU", "military_general", "2.7e9 EUR"),
            Expect("DEU", "armour", "30 vehicle"),
            Expect("DEU", "armour", "20 vehicle"),
        ),
    ),
    Case(
        "je_gives_each_donor_its_own_pledge",
        "Frankreich und Italien wollen je ein weiteres Flugabwehrsystem SAMP/T stellen, Spanien zwei.",
        (
            Expect("FRA", "air_defence", "1 system"),
            Expect("ITA", "air_defence", "1 system"),
            Expect("ESP", "air_defence", "2 system"),
        ),
    ),
    Case(
        "bare_number_after_aus_takes_noun_and_donor",
        "Die zwölf deutschen Panzerhaubitzen sollen die acht aus Italien ergänzen, teilte Kiew mit.",
        (Expect("DEU", "artillery", "12 system"), Expect("ITA", "artillery", "8 system")),
    ),
    Case(
        "zwei_weitere_is_more_not_the_same_again",
        "Im Juni übergab Deutschland zwei IRIS-T-Systeme; zwei weitere sollen im Herbst folgen.",
        (Expect("DEU", "air_defence", "2 system"), Expect("DEU", "air_defence", "2 system")),
    ),
    Case(
        "period_in_relative_clause_belongs_to_the_noun",
        "Großbritannien sagte der Ukraine 30.000 Drohnen zu, die bis Ende des Jahres geliefert werden sollen.",
        (Expect("GBR", "drones", "30000 drone", period=(None, 2025)),),
        published="2025-01-09",
    ),
    Case(
        "first_of_a_batch_is_progress_not_a_pledge",
        "Dänemark liefert der Ukraine alle 19 F-16-Kampfjets, die ersten sechs sollen noch in diesem Jahr ankommen.",
        (Expect("DNK", "aircraft", "19 aircraft"),),
        published="2024-02-01",
    ),
    Case(
        "growth_of_a_stated_amount_belongs_to_it",
        "Berlin liefert jährlich 100.000 Schuss Artilleriemunition, jedes Jahr 10 Prozent mehr.",
        (Expect("DEU", "ammunition", "100000 round / year", growth="10 percent / year"),),
    ),
    Case(
        "ordinal_with_article_is_one",
        "Verteidigungsminister Boris Pistorius kündigte an, ein drittes Patriot-System an Kiew abzugeben.",
        (Expect("DEU", "air_defence", "1 system"),),
    ),
]

CASES = [
    WORKED_EXAMPLE,
    Case(
        "kampfpanzer_by_compound_head",
        "Die Bundesregierung hat entschieden, der Ukraine 14 Leopard-2-Kampfpanzer aus Beständen der "
        "Bundeswehr zu liefern.",
        (Expect("DEU", "armour", "14 vehicle"),),
    ),
    Case(
        "bis_zu_is_high_and_laufendes_jahr_a_period",
        "Frankreich wird der Ukraine im laufenden Jahr bis zu drei Milliarden Euro an zusätzlicher "
        "Militärhilfe zur Verfügung stellen.",
        (Expect("FRA", "military_general", "3e9 EUR", high="3e9 EUR", period=(2024, 2024)),),
        published="2024-02-16",
    ),
    Case(
        "mehr_als_is_low",
        "Kanada hat der Ukraine mehr als 200 gepanzerte Mannschaftstransporter geschickt.",
        (Expect("CAN", "armour", "200 vehicle", low="200 vehicle"),),
    ),
    Case(
        "money_for_drones",
        "Die Niederlande stellen 350 Millionen Euro für Drohnen bereit, die an die Ukraine gehen sollen.",
        (Expect("NLD", "drones", "350e6 EUR"),),
    ),
    Case(
        "kronen_take_the_donors_crown_and_the_euro_figure_restates_it",
        "Norwegen stockt seine Militärhilfe um 1,7 Milliarden Kronen (rund 150 Millionen Euro) auf.",
        (Expect("NOR", "military_general", "1.7e9 NOK"), Expect("NOR", "military_general", "150e6 EUR", same_as=0)),
    ),
    Case(
        "rate_over_the_coming_years",
        "Schweden will der Ukraine in den kommenden drei Jahren jährlich 20 Milliarden Kronen an "
        "Militärhilfe bereitstellen.",
        (Expect("SWE", "military_general", "2e10 SEK / year", period=(2025, 2027)),),
        published="2025-06-01",
    ),
    Case(
        "years_range_and_this_year",
        "Das Finanzministerium schlägt vor, der Ukraine für das laufende Jahr weitere Hilfen von drei "
        "Milliarden Euro und für die Jahre 2026 bis 2029 bis zu 8,3 Milliarden Euro bereitzustellen.",
        (
            Expect(None, "military_general", "3e9 EUR", period=(2025, 2025)),
            Expect(None, "military_general", "8.3e9 EUR", high="8.3e9 EUR", period=(2026, 2029)),
        ),
        published="2025-03-21",
    ),
    Case(
        "winter_aid_is_humanitarian",
        "Außenministerin Baerbock sagte der Ukraine eine weitere Winterhilfe von 170 Millionen Euro zu.",
        (Expect("DEU", "humanitarian", "170e6 EUR"),),
    ),
    Case(
        "formation_takes_category_from_its_equipment",
        "Die USA wollen ein weiteres Bataillon ausstatten, und zwar mit Kampfpanzern vom Typ Abrams.",
        (Expect("USA", "armour", "1 battalion"),),
    ),
]

NOT_PLEDGES = [
    Case(
        "poll", "Laut einer Umfrage befürworten 55 Prozent der Deutschen weitere Waffenlieferungen an die Ukraine.", ()
    ),
    Case("casualties", "Seit Kriegsbeginn sind nach UN-Angaben mehr als 10.000 Zivilisten getötet worden.", ()),
    Case("production_capacity", "Rheinmetall kann derzeit rund 700.000 Artilleriegranaten pro Jahr herstellen.", ()),
    Case("need", "Die Ukraine benötigt nach eigenen Angaben mindestens sieben weitere Patriot-Systeme.", ()),
    Case("price", "Ein Leopard-2-Panzer kostet rund zehn Millionen Euro.", ()),
    Case(
        "defence_budget", "Der Verteidigungshaushalt Deutschlands steigt im kommenden Jahr auf 52 Milliarden Euro.", ()
    ),
    Case(
        "running_total",
        "Die USA haben der Ukraine bislang Militärhilfe im Wert von mehr als 44 Milliarden Dollar geleistet.",
        (),
    ),
    Case("stock_found", "Tschechien hat rund 800.000 Granaten auf dem Weltmarkt ausfindig gemacht.", ()),
    Case("count_of_countries", "An dem Treffen in Ramstein nahmen Vertreter aus rund 50 Ländern teil.", ()),
    Case("date_and_duration", "Am 24. Februar 2022 begann der Krieg, der nun schon drei Jahre dauert.", ()),
    Case("empty_text", "", ()),
]

KNOWN_FAILURES = [
    Case(
        "lone_sentence_without_aid_word",
        # a sum with only "vorgesehen" and no aid noun or recipient in reach is not taken
        "Für die Jahre 2026 bis 2029 sind jeweils drei Milliarden Euro pro Jahr vorgesehen.",
        (Expect(None, "military_general", "3e9 EUR / year", period=(2026, 2029)),),
    ),
]


# Sentence shapes that a held-out corpus (tests/corpus/holdout.jsonl) showed the parser did not
# generalise to; each case is a new sentence of the same shape, named after what broke.
GENERALISATION = [
    Case(
        "stock_source_aus_bestaenden_is_a_delivery",
        "Italien gibt der Ukraine aus Beständen seiner Armee vier Panzerhaubitzen M109 ab.",
        (Expect("ITA", "artillery", "4 system"),),
    ),
    Case(
        "bestandteil_is_no_stock",
        "Bestandteil des neuen Pakets für die Ukraine sind 20 Schützenpanzer.",
        (Expect(None, "armour", "20 vehicle"),),
    ),
    Case(
        "progress_von_insgesamt_is_the_pledge",
        "Die ersten fünf von insgesamt 25 zugesagten Schützenpanzern Marder sind angekommen.",
        (Expect(None, "armour", "25 vehicle"),),
    ),
    Case(
        "increase_mehr_als_is_no_amount",
        "Dänemark sagte der Ukraine für 2025 Militärhilfe von 1,2 Milliarden Euro zu, 300 Millionen Euro mehr als im Vorjahr.",
        (Expect("DNK", "military_general", "1.2e9 EUR", period=(2025, 2025)),),
    ),
    Case(
        "kredite_ueber_is_worth_not_more_than",
        "Die EU will der Ukraine Kredite über 35 Milliarden Euro gewähren.",
        (Expect("EU", "financial", "3.5e10 EUR"),),
    ),
    Case(
        "von_ueber_is_more_than",
        "Die EU will der Ukraine Kredite von über 35 Milliarden Euro gewähren.",
        (Expect("EU", "financial", "3.5e10 EUR", low="3.5e10 EUR"),),
    ),
    Case(
        "participle_attribute_before_the_noun",
        "Norwegen überlässt der Ukraine alle acht im Vorjahr bestellten Panzerhaubitzen.",
        (Expect("NOR", "artillery", "8 system"),),
    ),
    Case(
        "article_with_split_verb",
        "Außerdem stellt die spanische Regierung ein Hawk-Flugabwehrsystem bereit.",
        (Expect("ESP", "air_defence", "1 system"),),
    ),
    Case(
        "article_after_benefactive_verb",
        "Die Niederlande kaufen für die Ukraine ein gebrauchtes Patriot-System.",
        (Expect("NLD", "air_defence", "1 system"),),
    ),
    Case(
        "share_of_gdp_is_a_pledge",
        "Lettland will der Ukraine jährlich 0,25 Prozent seines Bruttoinlandsprodukts als Militärhilfe geben.",
        (Expect("LVA", "military_general", "0.25 percent / year"),),
        published="2024-02-01",
    ),
    Case(
        "until_end_of_month_ends_this_year",
        "Polen will der Ukraine bis Ende Mai zehn weitere Krab-Haubitzen liefern.",
        (Expect("POL", "artillery", "10 system", period=(None, 2024)),),
        published="2024-02-01",
    ),
    Case(
        "count_after_month_is_no_day",
        "Deutschland will der Ukraine bis Ende Juni 12 weitere Gepard-Panzer übergeben.",
        (Expect("DEU", "air_defence", "12 vehicle", period=(None, 2024)),),
        published="2024-02-01",
    ),
    Case(
        "over_n_years_from_publication",
        "Schweden sagt der Ukraine über vier Jahre Militärhilfe von 8 Milliarden Kronen zu.",
        (Expect("SWE", "military_general", "8e9 SEK", period=(2024, 2027)),),
        published="2024-02-01",
    ),
    Case(
        "cruise_missiles_are_ammunition",
        "Großbritannien liefert der Ukraine weitere 20 Marschflugkörper.",
        (Expect("GBR", "ammunition", "20 missile"),),
    ),
    Case(
        "received_from_names_the_donor",
        "Die Ukraine hat von Schweden 50 Schützenpanzer CV90 erhalten.",
        (Expect("SWE", "armour", "50 vehicle"),),
    ),
    Case(
        "capital_prag_is_czechia",
        "Prag schickt der Ukraine weitere 40 Raketenwerfer RM-70.",
        (Expect("CZE", "artillery", "40 launcher"),),
    ),
    Case(
        "capital_as_place_of_a_summit",
        "Bei einem Gipfel in Wien sagte Finnland der Ukraine 15 Flugabwehrsysteme zu.",
        (Expect("FIN", "air_defence", "15 system"),),
    ),
    Case(
        "mixed_package_is_military_general",
        "Das Paket für die Ukraine im Wert von 400 Millionen Euro enthält Munition und Drohnen.",
        (Expect(None, "military_general", "4e8 EUR"),),
    ),
    Case(
        "plan_after_a_running_total_is_its_own",
        "Bislang hat Schweden zwölf Archer-Haubitzen geliefert, weitere acht sollen folgen.",
        (Expect("SWE", "artillery", "8 system"),),
    ),
    Case(
        "value_of_an_uncounted_noun_prices_that_noun",
        "Estland liefert der Ukraine Munition im Wert von 20 Millionen Euro sowie drei Panzerhaubitzen.",
        (Expect("EST", "ammunition", "2e7 EUR"), Expect("EST", "artillery", "3 system")),
    ),
]

GENERALISATION_NOT_PLEDGES = [
    Case(
        "summiert_sich_is_a_running_total",
        "Die norwegische Hilfe für die Ukraine summiert sich damit auf 9 Milliarden Euro.",
        (),
    ),
    Case(
        "request_bat_um",
        "Der Präsident bat die Partner um mindestens zehn weitere Flugabwehrsysteme für die Ukraine.",
        (),
    ),
    Case(
        "production_fertigung",
        "Der Hersteller will seine Fertigung für die Ukraine auf zwölf Haubitzen pro Monat erhöhen.",
        (),
    ),
    Case(
        "consumption_verschiessen",
        "An der Front verschießen die ukrainischen Truppen täglich bis zu 9000 Granaten.",
        (),
    ),
    Case(
        "losses_verloren",
        "Die Ukraine hat in der Offensive mehr als 20 Leopard-Panzer verloren.",
        (),
    ),
]


@pytest.mark.xfail(strict=True, reason="known limitation, see the case's comment")
@table(KNOWN_FAILURES)
def test_known_failures(case: Case) -> None:
    check(case, LANG)


# Sentence shapes an independent annotator's blind corpus showed the parser missed or misread
# (patterns only, described to us; each case is a sentence of our own, named after the pattern).
BLIND_PATTERNS = [
    Case(
        "suspended_compound_range",
        "Die Ukraine soll von Deutschland zwischen vier- und sechstausend Drohnen erhalten.",
        (Expect("DEU", "drones", "5000 drone", low="4000 drone", high="6000 drone"),),
    ),
    Case(
        "suspended_compound_range_of_hundreds",
        "Deutschland will der Ukraine zwei- bis dreihundert Lkw liefern.",
        (Expect("DEU", "other", "250 vehicle", low="200 vehicle", high="300 vehicle"),),
    ),
    Case(
        "range_of_number_words",
        "Schweden will der Ukraine zwischen zehn und zwölf Gripen-Kampfjets überlassen.",
        (Expect("SWE", "aircraft", "11 aircraft", low="10 aircraft", high="12 aircraft"),),
    ),
    Case(
        "rate_adverb_opening_a_long_clause",
        "Jährlich will Norwegen der Ukraine über die Nansen-Initiative rund 15 Milliarden Kronen zur Verfügung "
        "stellen.",
        (Expect("NOR", "other", "15e9 NOK / year"),),
    ),
    Case(
        "annual_conference_adjective_is_no_rate",
        "Bei der jährlichen Konferenz in Ramstein sagte Deutschland der Ukraine 500 Millionen Euro zu.",
        (Expect("DEU", "military_general", "500e6 EUR"),),
    ),
    Case(
        "year_right_before_the_sum_is_its_period",
        "Deutschland gibt der Ukraine 2026 weitere 11,5 Milliarden Euro.",
        (Expect("DEU", "military_general", "11.5e9 EUR", period=(2026, 2026)),),
    ),
    Case(
        "yearly_restatement_in_brackets_after_the_period",
        "Großbritannien sagte der Ukraine 400 Millionen Pfund über vier Jahre zu (100 Millionen Pfund jährlich).",
        (
            Expect("GBR", "military_general", "400e6 GBP", period=(2025, 2028)),
            Expect("GBR", "military_general", "100e6 GBP / year", period=(2025, 2028), same_as=0),
        ),
        published="2025-05-01",
    ),
    Case(
        "passive_with_an_article_at_the_start",
        "Ein Patriot-System soll von Rumänien an die Ukraine übergeben werden.",
        (Expect("ROU", "air_defence", "1 system"),),
    ),
    Case(
        "passive_agent_several_words_before_the_participle",
        "Sechs Leopard-1-Panzer wurden in der vergangenen Woche von Dänemark an die Ukraine geliefert.",
        (Expect("DNK", "armour", "6 vehicle"),),
    ),
    Case(
        "monthly_rate_a_few_words_after_the_sum",
        "Deutschland gibt der Ukraine 50 Millionen Euro für Munition pro Monat.",
        (Expect("DEU", "ammunition", "50e6 EUR / month"),),
    ),
    Case(
        "das_sind_restates",
        "Schweden stellt der Ukraine 7 Milliarden Kronen bereit, das sind rund 600 Millionen Euro.",
        (Expect("SWE", "military_general", "7e9 SEK"), Expect("SWE", "military_general", "600e6 EUR", same_as=0)),
    ),
    Case(
        "tranche_paid_out_is_progress_of_the_programme",
        "Der IWF hat der Ukraine 2,2 Milliarden Dollar aus seinem Kreditprogramm über 15,6 Milliarden Dollar "
        "ausgezahlt.",
        (Expect("IMF", "financial", "15.6e9 USD"),),
    ),
    Case(
        "mindestens_bounds_only_its_own_number",
        "Die Niederlande wollen der Ukraine mindestens 18 Leopard und 30 F-16 liefern.",
        (Expect("NLD", "armour", "18 vehicle", low="18 vehicle"), Expect("NLD", "aircraft", "30 aircraft")),
    ),
    Case(
        "conversions_in_one_bracket_point_at_the_first_statement",
        "Norwegen gibt der Ukraine 1 Milliarde Kronen (75 Millionen Pfund bzw. 88 Millionen Euro).",
        (
            Expect("NOR", "other", "1e9 NOK"),
            Expect("NOR", "other", "75e6 GBP", same_as=0),
            Expect("NOR", "other", "88e6 EUR", same_as=0),
        ),
    ),
    Case(
        "dafuer_money_is_the_value_of_the_count_before",
        "Deutschland liefert der Ukraine 30 Marder. Dafür wurden 150 Millionen Euro bereitgestellt.",
        (Expect("DEU", "armour", "30 vehicle"), Expect("DEU", "armour", "150e6 EUR", same_as=0)),
    ),
    Case(
        "bracketed_order_value_restates_the_count",
        "Deutschland liefert der Ukraine 30 Marder (Auftragswert: rund 150 Millionen Euro).",
        (Expect("DEU", "armour", "30 vehicle"), Expect("DEU", "armour", "150e6 EUR", same_as=0)),
    ),
    Case(
        "davon_part_takes_the_period_of_the_whole",
        "Deutschland stellt der Ukraine im kommenden Jahr 7 Milliarden Euro bereit, davon 1 Milliarde Euro für Drohnen.",
        (
            Expect("DEU", "military_general", "7e9 EUR", period=(2026, 2026)),
            Expect("DEU", "drones", "1e9 EUR", period=(2026, 2026)),
        ),
        published="2025-10-01",
    ),
    Case(
        "bare_year_with_a_plan_word_is_the_period",
        "Auch 2025 will Deutschland der Ukraine 4 Milliarden Euro Militärhilfe geben.",
        (Expect("DEU", "military_general", "4e9 EUR", period=(2025, 2025)),),
        published="2024-11-20",
    ),
    Case(
        "term_of_an_agreement_is_no_period",
        "Deutschland hat mit der Ukraine ein zehnjähriges Sicherheitsabkommen geschlossen und 1,1 Milliarden Euro "
        "zugesagt.",
        (Expect("DEU", "military_general", "1.1e9 EUR"),),
        published="2024-02-16",
    ),
    Case(
        "model_number_after_a_noun_is_no_year",
        "Deutschland liefert der Ukraine sechs weitere Panzerhaubitzen 2000.",
        (Expect("DEU", "artillery", "6 system"),),
    ),
    Case(
        "ukraine_facility_is_financial",
        "Die EU hat der Ukraine 50 Milliarden Euro aus der Ukraine-Fazilität zugesagt.",
        (Expect("EU", "financial", "50e9 EUR"),),
    ),
    Case(
        "trucks_are_other_not_armour",
        "Deutschland liefert der Ukraine 40 Lkw und 10 gepanzerte Lastwagen.",
        (Expect("DEU", "other", "40 vehicle"), Expect("DEU", "armour", "10 vehicle")),
    ),
    Case(
        "yearly_rate_word_some_words_before_the_amount",
        "Deutschland will der Ukraine jährlich bis 2028 weitere 200 Millionen Euro geben.",
        (Expect("DEU", "military_general", "200e6 EUR / year", period=(None, 2028)),),
    ),
    Case(
        "one_of_its_systems_is_one",
        "Griechenland überlässt der Ukraine eine seiner S-300-Batterien.",
        (Expect("GRC", "air_defence", "1 system"),),
    ),
    Case(
        "v2_subject_after_the_verb_is_no_recipient",
        "Zudem liefert Deutschland 20 Panzer an die Ukraine.",
        (Expect("DEU", "armour", "20 vehicle"),),
    ),
    Case(
        "money_put_into_an_initiative",
        "Portugal beteiligt sich mit 50 Millionen Euro an der tschechischen Munitionsinitiative.",
        (Expect("PRT", "ammunition", "50e6 EUR"),),
    ),
    Case(
        "money_added_to_a_coalition_split_verb",
        "Litauen steuert 30 Millionen Euro zur Drohnenkoalition bei.",
        (Expect("LTU", "drones", "30e6 EUR"),),
    ),
    Case(
        "company_adjective_names_the_donor",
        "Der türkische Rüstungskonzern Baykar liefert der Ukraine 20 Drohnen.",
        (Expect("TUR", "drones", "20 drone"),),
    ),
    Case(
        "company_after_a_preposition_is_a_seller",
        "Dänemark überlässt der Ukraine alle 12 bei einem schwedischen Hersteller bestellten Archer-Haubitzen.",
        (Expect("DNK", "artillery", "12 system"),),
    ),
    Case(
        "passive_agent_von_names_the_donor",
        "Die Panzer werden von den Niederlanden geliefert: insgesamt 14 Leopard 2A4 gehen an die Ukraine.",
        (Expect("NLD", "armour", "14 vehicle"),),
    ),
    Case(
        "group_led_by_a_state_leaves_the_donor_unknown",
        "Die Drohnenkoalition unter Führung Lettlands will der Ukraine 10.000 Drohnen liefern.",
        (Expect(None, "drones", "10000 drone"),),
    ),
    Case(
        "insgesamt_in_the_present_tense_is_a_pledge",
        "Die Schweiz stellt für die Minenräumung in der Ukraine insgesamt 80 Millionen Franken bereit.",
        (Expect("CHE", "humanitarian", "80e6 CHF"),),  # demining is humanitarian (session 5)
    ),
    Case(
        "insgesamt_with_a_period_is_a_pledge",
        "Die Niederlande wollen bis 2027 insgesamt 24 F-16 liefern.",
        (Expect("NLD", "aircraft", "24 aircraft", period=(None, 2027)),),
    ),
]

BLIND_NOT_PLEDGES = [
    Case(
        "seit_2022_is_a_running_total",
        "Deutschland hat der Ukraine seit 2022 Militärhilfe im Wert von 28 Milliarden Euro geleistet.",
        (),
    ),
    Case(
        "third_state_subject_of_a_receiving_verb",
        "Polen erhält 200 Panzer aus Südkorea.",
        (),
    ),
    Case(
        "v2_bare_state_after_the_verb_receives_when_the_subject_stands_first",
        "Deutschland liefert Tschechien 15 Leopard 2A8 als Ersatz für an die Ukraine abgegebene T-72.",
        (),
    ),
    Case(
        "financing_gap_is_a_need",
        "Nach Angaben aus Kiew klafft im Haushalt der Ukraine eine Finanzierungslücke von 35 Milliarden Euro.",
        (),
    ),
    Case(
        "ring_exchange_to_a_dative_state",
        "Deutschland liefert der Slowakei als Ausgleich 15 Leopard 2A4, nachdem Bratislava Kampfjets an die "
        "Ukraine abgegeben hat.",
        (),
    ),
    Case(
        "ring_exchange_second_name_after_the_verb_receives",
        "Im Gegenzug gibt Deutschland Tschechien 14 Leopard-2-Panzer, weil Prag der Ukraine T-72 überlassen hat.",
        (),
    ),
    Case(
        "third_state_receives_trucks",
        "Für die an die Ukraine abgegebenen Panzer erhält Slowenien von Deutschland 35 Lkw.",
        (),
    ),
    Case(
        "insgesamt_in_the_perfect_tense_is_a_running_total",
        "Die Niederlande haben der Ukraine insgesamt 24 F-16 geliefert.",
        (),
    ),
    Case(
        "hypothetical_liesse_sich",
        "Mit insgesamt zwölf Raketenwerfern ließe sich eine ganze Brigade ausstatten, heißt es aus Kiew.",
        (),
    ),
]


# Muster des Blind-Korpus, zweite Runde (je ein für diese Tests geschriebener Satz).
BLIND_RULES = [
    Case(
        "superlativ_mit_bislang_ist_keine_zwischensumme",
        "Schweden stellt sein bislang größtes Paket im Wert von 7 Milliarden Kronen vor, das 20 Panzer umfasst.",
        (Expect("SWE", "military_general", "7e9 SEK"), Expect("SWE", "armour", "20 vehicle")),
    ),
    Case(
        "bisher_insgesamt_geliefert_bleibt_zwischensumme",
        "Schweden hat bisher insgesamt 40 Panzer an die Ukraine geliefert, so viele wie kein anderes Land.",
        (),
    ),
    Case(
        "mit_bindestrich_angehaengte_zahl_gehoert_zum_modellnamen",
        "Frankreich liefert der Ukraine sechs Kampfjets vom Typ Mirage 2000-5 und acht Panzerhaubitzen.",
        (Expect("FRA", "aircraft", "6 aircraft"), Expect("FRA", "artillery", "8 system")),
    ),
    Case(
        "panzerabwehrraketen_sind_keine_panzer",
        "Die Niederlande liefern der Ukraine 250 Panzerabwehrraketen und 40 Schützenpanzer.",
        (Expect("NLD", "ammunition", "250 missile"), Expect("NLD", "armour", "40 vehicle")),
    ),
    Case(
        "ab_monat_ohne_jahr_beginnt_im_erscheinungsjahr",
        "Ab Juli will Schweden der Ukraine monatlich 15 Schützenpanzer liefern.",
        (Expect("SWE", "armour", "15 vehicle / month", period=(2024, None)),),
        published="2024-01-20",
    ),
    Case(
        "im_laufenden_jahr_ist_das_erscheinungsjahr",
        "Im laufenden Jahr will Schweden der Ukraine 15 Schützenpanzer liefern.",
        (Expect("SWE", "armour", "15 vehicle", period=(2024, 2024)),),
        published="2024-01-20",
    ),
    Case(
        "insgesamt_mit_zusage_ist_die_ganze_zusage",
        "Insgesamt hat Kopenhagen der Ukraine 19 dieser Kampfjets versprochen.",
        (Expect("DNK", "aircraft", "19 aircraft"),),
    ),
    Case(
        "insgesamt_geliefert_bleibt_zwischensumme",
        "Insgesamt hat Dänemark der Ukraine bereits 19 Kampfjets geliefert.",
        (),
    ),
    Case(
        "nationales_adjektiv_einer_initiative_nennt_den_staat",
        "Über die niederländische Initiative sollen 80.000 Granaten an die Ukraine gehen.",
        (Expect("NLD", "ammunition", "80000 round"),),
    ),
    Case(
        "gemeinsam_mit_partnern_ist_eine_gemeinsame_zusage",
        "Schweden will der Ukraine gemeinsam mit Partnern 12 Flugabwehrsysteme übergeben.",
        (Expect(None, "air_defence", "12 system"),),
    ),
    Case(
        "produktion_fuer_die_ukraine_ist_eine_zusage",
        "Schweden produziert im kommenden Jahr 18 Archer-Haubitzen für die Ukraine.",
        (Expect("SWE", "artillery", "18 system", period=(2025, 2025)),),
        published="2024-05-02",
    ),
    Case(
        "soldaten_einer_brigade_wiederholen_die_brigade",
        "Polen bildet zwei ukrainische Brigaden mit rund 9.000 Soldaten aus und rüstet sie aus.",
        (Expect("POL", "personnel", "2 brigade"), Expect("POL", "personnel", "9000 person", same_as=0)),
    ),
    Case(
        "weitere_nach_mehr_als_ohne_untergrenze",
        "Polen hat bereits mehr als 12.000 ukrainische Soldaten ausgebildet, weitere 12.000 sollen folgen.",
        (Expect("POL", "personnel", "12000 person", low="12000 person"), Expect("POL", "personnel", "12000 person")),
    ),
    Case(
        "weitere_im_naechsten_satz_zaehlen_das_nomen_davor",
        "Polen hat bereits mehr als 12.000 ukrainische Soldaten ausgebildet. Weitere 12.000 sollen folgen.",
        (Expect("POL", "personnel", "12000 person", low="12000 person"), Expect("POL", "personnel", "12000 person")),
    ),
    Case(
        "geld_fuer_einen_zweck_nimmt_dessen_kategorie",
        "Dänemark gibt der Ukraine 1,5 Milliarden Kronen für die Luftverteidigung, rund 200 Millionen Euro.",
        (Expect("DNK", "air_defence", "1.5e9 DKK"), Expect("DNK", "air_defence", "2e8 EUR", same_as=0)),
    ),
    Case(
        "ministerium_ohne_staat_nimmt_den_spaeter_genannten_staat",
        "Das Verteidigungsministerium kündigte 16 Haubitzen für die Ukraine an. Finnland unterstützt Kiew seit 2022.",
        (Expect("FIN", "artillery", "16 system"),),
    ),
    Case(
        "ministerium_ohne_staat_im_text_bleibt_ohne_geber",
        "Das Verteidigungsministerium kündigte 16 Haubitzen für die Ukraine an.",
        (Expect(None, "artillery", "16 system"),),
    ),
    Case(
        "aid_noun_before_der_state_is_a_genitive_not_a_recipient",
        "Das bislang größte Paket der Niederlande umfasst 20 Panzer für die Ukraine.",
        (Expect("NLD", "armour", "20 vehicle"),),
    ),
    Case(
        "ab_monat_mit_jahresspanne_gibt_die_spanne",
        "Ab Juni 2025 bis 2027 will Schweden der Ukraine jährlich 15 Schützenpanzer liefern.",
        (Expect("SWE", "armour", "15 vehicle / year", period=(2025, 2027)),),
        published="2025-01-20",
    ),
    Case(
        "dollar_nach_genannter_landeswaehrung_ist_us_dollar",
        "Australien gibt der Ukraine 120 Millionen australische Dollar (80 Millionen Dollar) an Militärhilfe.",
        (Expect("AUS", "military_general", "1.2e8 AUD"), Expect("AUS", "military_general", "8e7 USD", same_as=0)),
    ),
]


# Muster des Blind-Korpus, dritte Runde (je ein für diese Tests geschriebener Satz).
BLIND_RULES_2 = [
    Case(
        "davon_nach_einer_zusage_ist_ihr_teil",
        "Dänemark will der Ukraine 19 Kampfjets überlassen, sechs davon sollen aus Beständen der Luftwaffe kommen.",
        (Expect("DNK", "aircraft", "19 aircraft"),),
    ),
    Case(
        "davon_im_naechsten_satz_ist_ihr_teil",
        "Dänemark will der Ukraine 19 Kampfjets überlassen. Sechs davon sollen aus Beständen der Luftwaffe kommen.",
        (Expect("DNK", "aircraft", "19 aircraft"),),
    ),
    Case(
        "termin_eines_teils_datiert_nicht_die_zusage",
        "Dänemark will der Ukraine 19 Kampfjets überlassen. Sechs davon sollen noch in diesem Jahr eintreffen.",
        (Expect("DNK", "aircraft", "19 aircraft"),),
        published="2024-01-05",
    ),
    Case(
        "termin_eines_teils_im_selben_satz_datiert_nicht_die_zusage",
        "Dänemark will der Ukraine 19 Kampfjets überlassen, sechs davon sollen bis Juni 2024 geliefert werden.",
        (Expect("DNK", "aircraft", "19 aircraft"),),
    ),
    Case(
        "davon_nach_einem_kauf_bleibt_die_zusage",
        "Belgien hat 20 Raketen gekauft; zwölf davon werden der Ukraine überlassen.",
        (Expect("BEL", "ammunition", "12 missile"),),
    ),
    Case(
        "rekruten_ausbilden_ist_personal",
        "Litauen will im kommenden Jahr 2.000 ukrainische Rekruten ausbilden.",
        (Expect("LTU", "personnel", "2000 person", period=(2025, 2025)),),
        published="2024-06-01",
    ),
    Case(
        "kapazitaet_eines_werks_ist_keine_zusage",
        "Rheinmetall kann in dem neuen Werk künftig bis zu 200.000 Granaten jährlich fertigen.",
        (),
    ),
    Case(
        "genug_fuer_eine_formation_wiederholt_die_zahl",
        "Deutschland liefert der Ukraine 40 Panzer, genug für zwei Bataillone.",
        (Expect("DEU", "armour", "40 vehicle"), Expect("DEU", "armour", "2 battalion", same_as=0)),
    ),
    Case(
        "artikel_mit_infinitiv_danach_zaehlt_eins_gemeinsam_ohne_geber",
        "Spanien und Portugal haben vereinbart, der Ukraine gemeinsam ein Flugabwehrsystem vom Typ NASAMS zu liefern.",
        (Expect(None, "air_defence", "1 system"),),
    ),
    Case(
        "artikel_mit_verb_am_satzende_zaehlt_eins",
        "Schweden hat beschlossen, der Ukraine ein Flugabwehrsystem zu schicken.",
        (Expect("SWE", "air_defence", "1 system"),),
    ),
    Case(
        "artikel_mit_zur_verfuegung_stellen_am_satzende_zaehlt_eins",
        "Die beiden Länder wollen der Ukraine gemeinsam eine Patriot-Batterie zur Verfügung stellen.",
        (Expect(None, "air_defence", "1 system"),),
    ),
    Case(
        "schenken_ist_ein_geben",
        "Kanada schenkt der Ukraine 40 gepanzerte Fahrzeuge.",
        (Expect("CAN", "armour", "40 vehicle"),),
    ),
    Case(
        "plusquamperfekt_bis_ende_eines_jahres_ist_zwischensumme",
        "Die Niederlande hatten der Ukraine bis Ende 2023 rund 4 Milliarden Euro an Militärhilfe zugesagt.",
        (),
    ),
    Case(
        "laut_tracker_ist_zwischensumme",
        "Laut dem Tracker des Kieler Instituts stellt Deutschland rund 17 Milliarden Euro an Militärhilfe bereit.",
        (),
    ),
]


#: Patterns from the fourth blind corpus (session 2), in our own sentences.
BLIND_RULES_3 = [
    Case(
        "vorangestellter_nebensatz_behaelt_seine_zwischensumme",
        "Nachdem der Kanzler seit Kriegsbeginn dreimal in Kiew war, sagt Berlin der Ukraine 500 Millionen Euro zu.",
        (Expect("DEU", "military_general", "5e8 EUR"),),
    ),
    Case(
        "ungenutzte_mittel_sind_kein_pledge",
        "Von der Militärhilfe für die Ukraine sind noch 2 Milliarden Euro ungenutzt, teilte das Ministerium mit.",
        (),
    ),
    Case(
        "eingelagerte_panzer_sind_bestand",
        "Spanien liefert der Ukraine sechs Leopard-Panzer. Weitere 40 Panzer sind in Saragossa eingelagert.",
        (Expect("ESP", "armour", "6 vehicle"),),
    ),
    Case(
        "insgesamt_vor_einem_neuen_paket_ist_keine_zwischensumme",
        "Berlin sagt Kiew weitere Militärhilfe zu: Insgesamt hat das neue Paket einen Umfang von drei Milliarden Euro.",
        (Expect("DEU", "military_general", "3e9 EUR"),),
    ),
    Case(
        "insgesamt_in_der_vergangenheit_bleibt_zwischensumme",
        "Insgesamt hat Deutschland der Ukraine Militärhilfe im Wert von 28 Milliarden Euro geleistet.",
        (),
    ),
    Case(
        "wiederaufbaukosten_sind_bedarf",
        "Die Kosten für den Wiederaufbau der Ukraine schätzt die Weltbank auf 500 Milliarden Dollar.",
        (),
    ),
    Case(
        "konferenzname_ist_kein_zweck",
        "Auf der Wiederaufbaukonferenz in Rom sagte die Ministerin zu, dass Deutschland weitere 200 Millionen Euro"
        " für humanitäre Hilfe in der Ukraine bereitstellt.",
        (Expect("DEU", "humanitarian", "2e8 EUR"),),
    ),
    Case(
        "staatshaushalt_ist_finanzhilfe",
        "Die Bundesregierung unterstützt den ukrainischen Staatshaushalt mit 500 Millionen Euro.",
        (Expect("DEU", "financial", "5e8 EUR"),),
    ),
    Case(
        "kauf_ohne_geber_ist_eigener_kauf",
        "Präsident Selenskyj sagte, sein Land wolle acht zusätzliche Patriot-Systeme kaufen.",
        (),
    ),
    Case(
        "einwohner_und_flaeche_sind_keine_betraege",
        "Luxemburg gibt der Ukraine 80 Millionen Euro. Das Land hat rund 670.000 Einwohner und grenzt auf"
        " 135 Kilometern an Frankreich.",
        (Expect("LUX", "military_general", "8e7 EUR"),),
    ),
    Case(
        "verfuegt_ueber_ist_bestand",
        "Deutschland gibt ein weiteres Patriot-System an die Ukraine ab. Die Luftwaffe verfügt noch über neun"
        " Patriot-Staffeln.",
        (Expect("DEU", "air_defence", "1 system"),),
    ),
    Case(
        "was_die_summe_kauft_ist_dieselbe_zusage",
        "Großbritannien gibt 200 Millionen Pfund für 10.000 Drohnen für die Ukraine aus.",
        (Expect("GBR", "drones", "2e8 GBP"), Expect("GBR", "drones", "10000 drone", same_as=0)),
    ),
    Case(
        "etwa_in_der_klammer_heisst_ungefaehr",
        "Norwegen stellt der Ukraine weitere 2 Milliarden Kronen (etwa 170 Millionen Euro) für die Luftverteidigung"
        " zur Verfügung.",
        (Expect("NOR", "air_defence", "2e9 NOK"), Expect("NOR", "air_defence", "1.7e8 EUR", same_as=0)),
    ),
    Case(
        "zunaechst_ist_der_erste_schritt_keine_alte_zahl",
        "Spanien will der Ukraine zunächst zwischen drei und fünf Kampfpanzer zur Verfügung stellen.",
        (Expect("ESP", "armour", "4 vehicle", low="3 vehicle", high="5 vehicle"),),
    ),
    Case(
        "katastrophenfonds_ist_humanitaer",
        "Österreich gibt zehn Millionen Euro aus dem Auslandskatastrophenfonds für die Ukraine frei.",
        (Expect("AUT", "humanitarian", "1e7 EUR"),),
    ),
    Case(
        "teil_einer_anfrage_ist_anfrage",
        "Die Regierung bat den Kongress um 100 Milliarden Dollar, darunter 50 Milliarden Dollar für die Ukraine.",
        (),
    ),
]


# Rules from the blind6/blind7 corpora of session 3 (patterns only; each case a sentence of our own).
BLIND_RULES_4 = [
    Case(
        "fahrzeuge_ohne_panzerwort_sind_kein_panzer",
        "Japan stellt der Ukraine rund 100 Fahrzeuge seiner Streitkräfte zur Verfügung.",
        (Expect("JPN", "other", "100 vehicle"),),
    ),
    Case(
        "kampffahrzeuge_bleiben_panzer",
        "Schweden liefert der Ukraine 50 Kampffahrzeuge.",
        (Expect("SWE", "armour", "50 vehicle"),),
    ),
    Case(
        "im_jahr_zuvor_ist_keine_rate",
        "Dänemark sagte der Ukraine 300 Millionen Euro zu und im Jahr darauf noch einmal so viel.",
        (Expect("DNK", "military_general", "3e8 EUR"),),
    ),
    Case(
        "untersagte_weitergabe_ist_keine_zusage",
        "Österreich hat Tschechien untersagt, 5.000 Schuss Munition an die Ukraine weiterzugeben.",
        (),
    ),
    Case(
        "russischer_angriff_mit_drohnen_ist_keine_zusage",
        "Russland griff die Ukraine in der Nacht mit 300 Drohnen an; 280 davon wurden abgefangen.",
        (),
    ),
    Case(
        "erster_besuch_seit_kriegsbeginn_ist_kein_zwischenstand",
        "Bei seinem ersten Besuch seit Kriegsbeginn sagte der Kanzler der Ukraine weitere 500 Millionen Euro zu.",
        (Expect("DEU", "military_general", "5e8 EUR"),),
    ),
    Case(
        "seit_monat_ist_ein_zwischenstand",
        "Seit Februar hat Kanada der Ukraine damit Waffen im Wert von 2 Milliarden Dollar zugesagt.",
        (),
    ),
    Case(
        "besass_ist_ein_bestand",
        "Der Ukraine hilft Berlin seit Langem; die Bundeswehr besaß vor dem Krieg zwölf Patriot-Staffeln.",
        (),
    ),
    Case(
        "verbloser_nachsatz_eines_zwischenstands_ist_einer",
        "Deutschland hat seit Kriegsbeginn Militärhilfe für die Ukraine von insgesamt 28 Milliarden Euro bereitgestellt,"
        " die Niederlande rund 6 Milliarden Euro.",
        (),
    ),
    Case(
        "artikel_nach_gezaehltem_posten_ist_eins",
        "Italien liefert der Ukraine 20 Transportpanzer und ein Flugabwehrsystem SAMP/T.",
        (Expect("ITA", "armour", "20 vehicle"), Expect("ITA", "air_defence", "1 system")),
    ),
    Case(
        "ausbilder_in_drittstaat_fuer_ukrainer_sind_hilfe",
        "Österreich schickt 20 Ausbilder nach Polen, um ukrainische Soldaten zu schulen.",
        (Expect("AUT", "personnel", "20 person"),),
    ),
    Case(
        "wert_der_lieferung_im_folgesatz_ist_eine_umrechnung",
        "Schweden schickt der Ukraine 300 Drohnen. Nach Angaben der Regierung hat die Lieferung einen Wert von 20 Millionen Euro.",
        (Expect("SWE", "drones", "300 drone"), Expect("SWE", "drones", "2e7 EUR", same_as=0)),
    ),
    Case(
        "haushaltsjahr_mit_schraegstrich_umfasst_zwei_jahre",
        "Großbritannien gibt der Ukraine im Haushaltsjahr 2025/26 Militärhilfe von 3 Milliarden Pfund.",
        (Expect("GBR", "military_general", "3e9 GBP", period=(2025, 2026)),),
    ),
    Case(
        "waffen_des_angreifers_sind_keine_hilfe",
        "In der Nacht überzog Russland ukrainische Städte nach Angaben aus Kiew mit 90 Raketen und 200 Drohnen.",
        (),
    ),
    Case(
        "kompanie_mit_panzern_ist_eine_kompanie",
        "Portugal schickt der Ukraine eine Kompanie mit 10 Leopard-Panzern.",
        (Expect("PRT", "armour", "1 company"), Expect("PRT", "armour", "10 vehicle", same_as=0)),
    ),
    Case(
        "zahl_der_panzer_auf_eine_zahl_erhoeht",
        "Berlin will die Zahl der Schützenpanzer für die Ukraine auf 60 erhöhen.",
        (Expect("DEU", "armour", "60 vehicle"),),
    ),
    Case(
        "damit_steigt_die_zahl_ist_ein_zwischenstand",
        "Norwegen schickt der Ukraine zwei weitere Hubschrauber. Damit steigt die Zahl der norwegischen Hubschrauber auf acht.",
        (Expect("NOR", "aircraft", "2 helicopter"),),
    ),
    Case(
        "von_dieser_summe_gekauft_kauft_der_geber",
        "Dänemark gibt der Ukraine in diesem Jahr 3 Milliarden Kronen. Von dieser Summe sind 500 Millionen Kronen für den Kauf"
        " von Drohnen für die ukrainische Armee vorgesehen.",
        (
            Expect("DNK", "military_general", "3e9 DKK", period=(2025, 2025)),
            Expect("DNK", "drones", "5e8 DKK", period=(2025, 2025)),
        ),
        published="2025-03-01",
    ),
    Case(
        "maschinen_vom_typ_zaehlen_als_der_typ",
        "Polen übergibt der Ukraine 10 Maschinen vom Typ MiG-29.",
        (Expect("POL", "aircraft", "10 aircraft"),),
    ),
    Case(
        "modell_einer_anderen_zahl_bleibt_bei_ihr",
        "Berlin liefert der Ukraine zwei Bergepanzer 2 sowie 50 Drohnen vom Typ Vector.",
        (Expect("DEU", "armour", "2 vehicle"), Expect("DEU", "drones", "50 drone")),
    ),
    Case(
        "gepanzerte_transportwagen_sind_fahrzeuge",
        "Bulgarien schickt der Ukraine 100 gepanzerte Mannschaftstransportwagen.",
        (Expect("BGR", "armour", "100 vehicle"),),
    ),
    Case(
        "was_ein_staat_im_gegenzug_erhaelt_ist_keine_hilfe",
        "Tschechien gab der Ukraine Kampfpanzer ab. Im Gegenzug erhält das Land aus Deutschland 14 Leopard-Panzer.",
        (),
    ),
    Case(
        "das_geld_im_folgesatz_nennt_den_zweck",
        "Die Schweiz will die Ukraine bis 2030 mit 2 Milliarden Franken unterstützen. Das Geld ist für den Wiederaufbau bestimmt.",
        (Expect("CHE", "financial", "2e9 CHF", period=(None, 2030)),),
    ),
    Case(
        "oesterreichische_bundesregierung_ist_oesterreich",
        "Die österreichische Bundesregierung stellt der Ukraine 10 Millionen Euro an humanitärer Hilfe bereit.",
        (Expect("AUT", "humanitarian", "1e7 EUR"),),
    ),
    Case(
        "bundesregierung_in_wien_ist_oesterreich",
        "Die Bundesregierung in Wien stellt der Ukraine 10 Millionen Euro an humanitärer Hilfe bereit.",
        (Expect("AUT", "humanitarian", "1e7 EUR"),),
    ),
    Case(
        "feuereinheiten_sind_systeme",
        "Deutschland liefert der Ukraine zwei Feuereinheiten IRIS-T SLM.",
        (Expect("DEU", "air_defence", "2 system"),),
    ),
    Case(
        "helme_sind_stueck_und_das_bundesheer_ist_oesterreich",
        "Das Bundesheer überlässt der Ukraine 5.000 Gefechtshelme.",
        (Expect("AUT", "other", "5000 piece"),),
    ),
    Case(
        "geld_das_fliesst_ist_zugesagt",
        "Dänemark legt ein Programm für die Ukraine auf. Bis 2026 sollen daraus jährlich 3 Milliarden Kronen fließen.",
        (Expect("DNK", "military_general", "3e9 DKK / year", period=(None, 2026)),),
    ),
    Case(
        "entscheidung_gefallen_ist_kein_todesfall",
        "Die Entscheidung ist gefallen: Berlin gibt 14 Kampfpanzer an Kiew ab.",
        (Expect("DEU", "armour", "14 vehicle"),),
    ),
    Case(
        "adjektive_mit_komma_vor_dem_nomen",
        "Berlin bestellt für Kiew 18 moderne, radgestützte Haubitzen.",
        (Expect("DEU", "artillery", "18 system"),),
    ),
    Case(
        "aus_amerikanischer_produktion_nennt_den_hersteller",
        "Deutschland bezahlt der Ukraine zwei Patriot-Systeme aus amerikanischer Produktion.",
        (Expect("DEU", "air_defence", "2 system"),),
    ),
    Case(
        "gestopptes_paket_ist_keine_zusage",
        "Die neue Regierung in Bratislava hat ein Militärhilfepaket für die Ukraine im Wert von 40 Millionen Euro gestoppt.",
        (),
    ),
    Case(
        "passiv_mit_hilfsverb_nennt_den_geber",
        "Von Norwegen wurden der Ukraine sechs Kampfjets vom Typ F-16 zugesagt.",
        (Expect("NOR", "aircraft", "6 aircraft"),),
    ),
    Case(
        "trennbares_verb_vor_einem_komma",
        "Zusätzlich stellt Deutschland der Ukraine eine Patriot-Batterie bereit, wie ein Sprecher mitteilte.",
        (Expect("DEU", "air_defence", "1 system"),),
    ),
    Case(
        "bestellen_fuer_sich_selbst_ist_keine_hilfe",
        "Kiew soll außerdem selbst bis zu 60 weitere Haubitzen beim Hersteller bestellen können.",
        (),
    ),
    Case(
        "nach_abgelehnter_zahl_aufgezaehlt_ist_auch_keine_zusage",
        "Im Ringtausch erhält Tschechien von Deutschland 15 Leopard-Panzer und ein Bergepanzer.",
        (),
    ),
    Case(
        "erhaelt_mit_artikel_vor_dem_staat_ist_ringtausch",
        "Im Ringtausch erhält die Slowakei von Deutschland 15 Leopard-Panzer.",
        (),
    ),
    Case(
        "bis_ende_des_quartals_endet_im_jahr",
        "Bis Ende des ersten Quartals sollen rund 40 Schützenpanzer vom Typ Marder aus Deutschland in die Ukraine gehen.",
        (Expect("DEU", "armour", "40 vehicle", period=(None, 2023)),),
        published="2023-01-05",
    ),
    Case(
        "in_richtung_eines_staates_ist_kein_geber",
        "Spanien schickt der Ukraine sechs Leopard-Panzer; das Schiff fuhr in Richtung Polen.",
        (Expect("ESP", "armour", "6 vehicle"),),
    ),
    Case(
        "aus_slowakischer_produktion_ist_keine_fertigung",
        "Deutschland finanziert 16 Radhaubitzen vom Typ Zuzana 2 aus slowakischer Produktion für die Ukraine.",
        (Expect("DEU", "artillery", "16 system"),),
    ),
    Case(
        "parlament_in_der_hauptstadt_ist_der_staat",
        "Das Parlament in Sofia hat der Lieferung von 100 Transportpanzern an die Ukraine zugestimmt.",
        (Expect("BGR", "armour", "100 vehicle"),),
    ),
    Case(
        "eu_staaten_sind_die_eu",
        "Die EU-Staaten haben der Ukraine weitere 5 Milliarden Euro an Militärhilfe zugesagt.",
        (Expect("EU", "military_general", "5e9 EUR"),),
    ),
    Case(
        "sowie_einen_nach_einer_zahl_ist_eins",
        "Ottawa schickt der Ukraine vier weitere Kampfpanzer sowie einen Bergepanzer.",
        (Expect("CAN", "armour", "4 vehicle"), Expect("CAN", "armour", "1 vehicle")),
    ),
    Case(
        "ein_weiteres_komma_drittes_system",
        "Deutschland gibt der Ukraine ein weiteres, inzwischen drittes Flugabwehrsystem vom Typ Patriot ab.",
        (Expect("DEU", "air_defence", "1 system"),),
    ),
]


#: Session 4: rules taught by blind15 and blind16 (written blind, scored before any change for them). Sentences
#: of our own.
BLIND_RULES_5 = [
    Case(
        "nicht_an_die_ukraine_ist_keine_zusage",
        "Österreich darf die 300 in Graz gebauten Lastwagen aus rechtlichen Gründen nicht an die Ukraine abgeben.",
        (),
    ),
    Case(
        "ein_wert_im_naechsten_satz_wiederholt_die_zahl",
        "Dänemark schickt der Ukraine 19 Kampfjets. Die Maschinen haben einen Wert von rund zwei Milliarden Kronen.",
        (Expect("DNK", "aircraft", "19 aircraft"), Expect("DNK", "aircraft", "2e9 DKK", same_as=0)),
    ),
    Case(
        "ein_stueck_nach_darunter_erstmals",
        "Die Niederlande kündigten neue Hilfe an, darunter erstmals ein Patriot-System.",
        (Expect("NLD", "air_defence", "1 system"),),
    ),
    Case(
        "bomben_sind_munition",
        "Frankreich will der Ukraine jeden Monat 40 Gleitbomben liefern.",
        (Expect("FRA", "ammunition", "40 piece / month"),),
    ),
    Case(
        "name_und_amt_zwischen_verb_und_artikel",
        "Am Montag sagte Verteidigungsminister Boris Pistorius der Ukraine ein Skynex-System zu.",
        (Expect("DEU", "air_defence", "1 system"),),
    ),
    Case(
        "ein_komma_schliesst_den_satz_des_verbs",
        "Deutschland will der Ukraine ein Ortungsradar liefern, mit dem sich Stellungen orten lassen.",
        (Expect("DEU", "other", "1 system"),),
    ),
    Case(
        "zwei_stuecke_mit_artikel_vor_dem_verb",
        "Deutschland will der Ukraine ein Flugabwehrsystem und ein Ortungsradar liefern.",
        (Expect("DEU", "air_defence", "1 system"), Expect("DEU", "other", "1 system")),
    ),
    Case(
        "ein_drittstaat_im_dativ_nach_dem_geber",
        "Zum Schutz ihres Luftraums stellen die Niederlande der Slowakei ein Patriot-System zur Verfügung.",
        (),
    ),
    Case(
        "urspruenglich_am_satzanfang",
        "Ursprünglich hatte die Regierung für die Ukraine nur 300 Millionen Euro vorgesehen.",
        (),
    ),
    Case(
        "eigene_streitkraefte_erhalten_keine_hilfe",
        "Das polnische Heer erhält in diesem Monat 116 Abrams-Panzer.",
        (),
    ),
    Case(
        "ein_abgelehntes_paket_ist_keine_zusage",
        "Die neue Regierung hat ein Hilfspaket für die Ukraine im Wert von 30 Millionen Euro abgelehnt.",
        (),
    ),
    Case(
        "was_ein_paket_umfasst_haette",
        "Es hätte unter anderem zwei Millionen Schuss Munition für die Ukraine umfasst.",
        (),
    ),
    Case(
        "angriffe_mit_drohnen_sind_keine_hilfe",
        "In der Nacht wurde die Ukraine mit mehr als 400 Drohnen angegriffen, hieß es in Kiew.",
        (),
    ),
    Case(
        "was_das_land_braeuchte",
        "Nach eigener Einschätzung bräuchte die Ukraine zehn weitere Patriot-Systeme.",
        (),
    ),
    Case(
        "benoetigte_systeme_im_nomen",
        "Selenskyj sprach von mindestens sieben benötigten Systemen für die Ukraine.",
        (),
    ),
    Case(
        "seit_der_invasion_ist_eine_summe_bis_heute",
        "Seit der russischen Invasion hat Schweden der Ukraine Hilfe für 6 Milliarden Euro zugesagt.",
        (),
    ),
    Case(
        "damit_steigen_die_mittel",
        "Damit steigen die Mittel Finnlands für die Ukraine in diesem Jahr auf 2 Milliarden Euro.",
        (),
    ),
    Case(
        "waffen_des_angreifers_mit_namen",
        "Über der Ukraine flogen in der Nacht 300 Drohnen vom Typ Shahed und vier Marschflugkörper vom Typ Ch-101.",
        (),
    ),
    Case(
        "im_wert_von_ist_kein_teil_von",
        "Seit Kriegsbeginn hatte Polen der Ukraine in 40 Paketen Hilfe im Wert von 3 Milliarden Euro geleistet.",
        (),
    ),
    Case(
        "ein_relativsatz_mit_praeposition_ist_ein_eigener_satzteil",
        "Kanada hat der Ukraine neue Militärhilfe über zwei Milliarden Dollar zugesagt, mit der Drohnen gekauft werden sollen.",
        (Expect("CAN", "military_general", "2e9 CAD"),),
    ),
    Case(
        "ein_gipfel_der_g7_gibt_nichts",
        "Kanadas Premier hat der Ukraine am Rande des G7-Gipfels 500 Millionen Dollar zugesagt.",
        (Expect("CAN", "military_general", "5e8 CAD"),),
    ),
    Case(
        "startgeraete_bei_der_luftverteidigung",
        "Für die Luftverteidigung der Ukraine gibt Norwegen sechs Startgeräte ab.",
        (Expect("NOR", "air_defence", "6 launcher"),),
    ),
    Case(
        "eine_jahreszahl_vor_einem_nomen_zaehlt",
        "Die USA liefern der Ukraine 1900 Panzerabwehrwaffen und 50 Drohnen.",
        (Expect("USA", "small_arms", "1900 weapon"), Expect("USA", "drones", "50 drone")),
    ),
    Case(
        "was_das_neue_werk_liefert",
        "Allein das neue Werk soll einmal 100.000 Granaten pro Jahr für die Ukraine liefern.",
        (),
    ),
    Case(
        "ein_anteil_fuer_die_eigene_verteidigung",
        "Polen werde der Ukraine zuliebe mehr als vier Prozent seiner Wirtschaftsleistung in die Verteidigung investieren.",
        (),
    ),
    Case(
        "eine_liste_nach_dem_doppelpunkt",
        "Der Oberbefehlshaber nannte, was die Ukraine für eine Offensive brauche: 300 Kampfpanzer und 500 Haubitzen.",
        (),
    ),
    Case(
        "waffen_und_munition_sind_allgemein",
        "Finnland schickt der Ukraine ein Paket mit schweren Waffen und Munition im Wert von 160 Millionen Euro.",
        (Expect("FIN", "military_general", "1.6e8 EUR"),),
    ),
    Case(
        "der_empfaenger_erhaelt_ein_system",
        "Scholz kündigte an, Kiew erhalte ein System vom Typ IRIS-T SLM.",
        (Expect("DEU", "air_defence", "1 system"),),
    ),
]

# Session 5: rules from the category confusions over all corpora and from blind18 and blind19.
BLIND_RULES_6 = [
    Case(
        "geld_eines_gebers_ohne_waffen_ist_finanzhilfe",
        "Japan sagte der Ukraine am Montag weitere 800 Millionen Dollar zu.",
        (Expect("JPN", "financial", "8e8 USD"),),
    ),
    Case(
        "eine_summe_deren_teile_kredite_sind_ist_finanzhilfe",
        "Brüssel gibt Kiew 9 Milliarden Euro, davon 6 Milliarden als Darlehen und 3 Milliarden als Zuschüsse.",
        (
            Expect("EU", "financial", "9e9 EUR"),
            Expect("EU", "financial", "6e9 EUR"),
            Expect("EU", "financial", "3e9 EUR"),
        ),
    ),
    Case(
        "ein_zweck_am_satzanfang_gilt_der_summe",
        "Für die humanitäre Hilfe in den befreiten Gebieten im Osten stellt Österreich der Ukraine 5 Millionen Euro bereit.",
        (Expect("AUT", "humanitarian", "5e6 EUR"),),
    ),
    Case(
        "minenraeumung_ist_humanitaer",
        "Die Niederlande geben 20 Millionen Euro für die Minenräumung in der Ukraine.",
        (Expect("NLD", "humanitarian", "2e7 EUR"),),
    ),
    Case(
        "soldaten_nach_russland_sind_keine_zusage",
        "Nach Angaben aus Seoul hat Pjöngjang weitere 3000 Soldaten nach Russland verlegt.",
        (),
    ),
    Case(
        "nordkoreanische_truppen_sind_keine_zusage",
        "Rund 11.000 nordkoreanische Soldaten kämpfen inzwischen an der Seite Moskaus.",
        (),
    ),
    Case(
        "das_zweite_solche_system_ist_keine_neue_zusage",
        "Spanien sagte Kiew eine Aspide-Batterie zu; es ist das zweite solche System für die Ukraine.",
        (Expect("ESP", "air_defence", "1 system"),),
    ),
    Case(
        "die_kommission_ist_die_eu",
        "Die Kommission hat der Ukraine am Dienstag weitere 2,1 Milliarden Euro an Budgethilfe ausgezahlt.",
        (Expect("EU", "financial", "2.1e9 EUR"),),
    ),
    Case(
        "ausruestung_aus_us_bestaenden_ist_gegeben_und_us_ist_nicht_der_geber",
        "Die Niederlande bezahlen für die Ukraine Raketen aus US-Beständen im Wert von 300 Millionen Euro.",
        (Expect("NLD", "military_general", "3e8 EUR"),),
    ),
    Case(
        "statt_gilt_nur_der_ersten_zahl",
        "Statt der geplanten drei Milliarden Euro will Berlin der Ukraine 2025 sechs Milliarden Euro geben.",
        (Expect("DEU", "military_general", "6e9 EUR", period=(2025, 2025)),),
    ),
    Case(
        "ein_lieferplan_ist_keine_neue_zusage",
        "Norwegen gibt der Ukraine 12 Kampfjets. Vier Maschinen kommen im Frühjahr, sechs weitere im Herbst und "
        "die letzten zwei 2026.",
        (Expect("NOR", "aircraft", "12 aircraft"),),
    ),
    Case(
        "millionen_menschen_sind_keine_summe",
        "Berlin gibt der Ukraine 30 Millionen Euro Nothilfe. Rund acht Millionen Menschen sind auf Hilfe angewiesen.",
        (Expect("DEU", "humanitarian", "3e7 EUR"),),
    ),
    Case(
        "eine_summe_ohne_waehrung_nach_einer_summe_bleibt_eine_summe",
        "Berlin gibt der Ukraine 4 Milliarden Euro, Paris 3 Milliarden.",
        (Expect("DEU", "military_general", "4e9 EUR"), Expect("FRA", "military_general", "3e9 EUR")),
    ),
    Case(
        "eine_auf_eine_hoehere_zahl_erhoehte_zusage_ersetzt_die_alte",
        "Portugal hatte der Ukraine zunächst drei Kampfpanzer zugesagt. Lissabon erhöhte die Zusage später auf sechs Panzer.",
        (Expect("PRT", "armour", "6 vehicle"),),
    ),
    Case(
        "dazu_kommt_oeffnet_eine_liste_gegebener_dinge",
        "Die Niederlande schicken der Ukraine zwölf Panzerhaubitzen. Hinzu kommt noch ein Bergepanzer.",
        (Expect("NLD", "artillery", "12 system"), Expect("NLD", "armour", "1 vehicle")),
    ),
    Case(
        "ein_adjektiv_vor_typ_nennt_die_herkunft_der_bauart_nicht_den_geber",
        "Die Niederlande liefern der Ukraine 40 Panzerabwehrwaffen vom amerikanischen Typ Javelin.",
        (Expect("NLD", "small_arms", "40 weapon"),),
    ),
    Case(
        "das_grossherzogtum_ist_luxemburg",
        "Das Großherzogtum liefert der Ukraine 20 Geländewagen.",
        (Expect("LUX", "other", "20 vehicle"),),
    ),
    Case(
        "zelte_sind_stueckgut",
        "Estland schickt der Ukraine 40 Zelte und 300 Feldbetten.",
        (Expect("EST", "other", "40 piece"),),
    ),
    Case(
        "die_staerke_der_eigenen_armee_ist_ein_bestand",
        "Dänemark schickt der Ukraine 20 Ausbilder. Die dänische Marine zählt rund 3500 Soldaten.",
        (Expect("DNK", "personnel", "20 person"),),
    ),
    Case(
        "ein_kauf_den_der_kaeufer_an_die_ukraine_weitergibt",
        "Lettland kauft 5.000 Drohnen bei heimischen Herstellern und übergibt sie der ukrainischen Armee.",
        (Expect("LVA", "drones", "5000 drone"),),
    ),
    Case(
        "ein_kauf_fuer_die_eigene_grenze_bleibt_ein_kauf",
        "Polen kauft 200 Panzer und schickt sie an die Ostgrenze.",
        (),
    ),
    Case(
        "der_wert_nach_hinzu_kommen_gehoert_einem_neuen_posten",
        "Litauen schickt der Ukraine 300 Generatoren; hinzu kommen Schutzwesten im Wert von 2 Millionen Euro.",
        (Expect("LTU", "humanitarian", "300 piece"), Expect("LTU", "military_general", "2e6 EUR")),
    ),
    Case(
        "lebensmittelpakete_sind_stueckgut",
        "Aus Armeereserven schickt Litauen der Ukraine 30.000 Lebensmittelpakete.",
        (Expect("LTU", "other", "30000 piece"),),
    ),
    Case(
        "der_gesamtwert_nach_der_liste_ist_der_wert_des_pakets",
        "Dänemark schickt der Ukraine Drohnen, Munition und Funkgeräte. Der Gesamtwert beträgt 1,2 Milliarden Kronen.",
        (Expect("DNK", "military_general", "1.2e9 DKK"),),
    ),
    Case(
        "autos_sind_fahrzeuge",
        "Estland überlässt der ukrainischen Polizei 25 Streifenautos.",
        (Expect("EST", "other", "25 vehicle"),),
    ),
    Case(
        "unbemannte_fluggeraete_sind_drohnen",
        "Litauen schickt der Ukraine 300 unbemannte Fluggeräte.",
        (Expect("LTU", "drones", "300 drone"),),
    ),
    Case(
        "ein_hilfswort_im_gezaehlten_ding_macht_den_wert_nicht_zum_paket",
        "Litauen schickt der Ukraine 300 unbemannte Fluggeräte im Wert von 2 Millionen Euro.",
        (Expect("LTU", "drones", "300 drone"), Expect("LTU", "drones", "2e6 EUR", same_as=0)),
    ),
    Case(
        "die_erste_lieferung_der_zugesagten_ist_fortschritt",
        "Polen hat 20 Drohnen übergeben, die als erste Lieferung der im Mai zugesagten 200 Drohnen gelten.",
        (Expect("POL", "drones", "200 drone"),),
    ),
    Case(
        "bestellte_dinge_ohne_geber_sind_ein_kauf",
        "Finnland hat der Ukraine Panzer geschickt. Bis die 30 in Schweden bestellten Haubitzen eintreffen, "
        "schützt Norwegen die Grenze.",
        (),
    ),
    Case(
        "bestellte_dinge_die_geliefert_werden_bleiben_zusagen",
        "Deutschland liefert der Ukraine 19 bei einem Hersteller bestellten Haubitzen.",
        (Expect("DEU", "artillery", "19 system"),),
    ),
    Case(
        "wie_viele_seiner_panzer_ist_eine_offene_frage_zum_bestand",
        "Offen ist, wie viele seiner rund 40 alten Leopard-Panzer Portugal der Ukraine abgeben wird.",
        (),
    ),
    Case(
        "ersatz_fuer_abgegebenes_geraet_ist_keine_zusage",
        "Die Niederlande geben der Ukraine 18 Panzerhaubitzen. Im eigenen Heer werden sie durch 22 neue "
        "Geschütze aus deutscher Produktion ersetzt.",
        (Expect("NLD", "artillery", "18 system"),),
    ),
    Case(
        "beschaffung_fuer_die_eigenen_streitkraefte_ist_keine_hilfe",
        "Neben seiner Ukraine-Hilfe bestellt Prag 44 neue Kampfpanzer für die eigene Armee.",
        (),
    ),
    Case(
        "in_hoehe_von_ist_ein_betrag_kein_ganzes_nach_einem_teil",
        "Das Land mit 2,8 Millionen Einwohnern hat seit Beginn der Invasion Hilfe in Höhe von 300 Millionen Euro "
        "an die Ukraine geleistet.",
        (),
    ),
    Case(
        "womit_steigt_ist_ein_laufender_stand",
        "Dänemark gibt der Ukraine weitere 2 Milliarden Kronen, womit die dänische Hilfe auf 18 Milliarden Kronen steigt.",
        (Expect("DNK", "military_general", "2e9 DKK"),),
    ),
    Case(
        "erreicht_die_geleistete_hilfe_ist_ein_laufender_stand",
        "Mit dem jüngsten Paket erreicht die litauische Militärhilfe für Kiew laut Regierung 700 Millionen Euro.",
        (),
    ),
    Case(
        "eingesammeltes_geld_ist_ein_laufender_stand",
        "Belgien tritt der Munitionsinitiative bei, für die schon 2 Milliarden Euro eingesammelt wurden.",
        (),
    ),
    Case(
        "die_neue_gesamtsumme_neben_der_erhoehung_ist_ein_laufender_stand",
        "Schweden hebt seine Militärhilfe für die Ukraine auf insgesamt 40 Milliarden Kronen an. Dazu bewilligte "
        "das Parlament weitere 10 Milliarden Kronen für die Ukraine.",
        (Expect("SWE", "military_general", "1e10 SEK"),),
    ),
    Case(
        "die_neue_gesamtsumme_ohne_erhoehung_bleibt_die_zusage",
        "Oslo stockt die Hilfe für die Ukraine auf insgesamt 20 Milliarden Kronen auf, davon 5 Milliarden für "
        "militärische Unterstützung.",
        (Expect("NOR", "other", "2e10 NOK"), Expect("NOR", "military_general", "5e9 NOK")),
    ),
    Case(
        "zu_den_bereits_zugesagten_ist_die_basis_nicht_die_neue_summe",
        "Dänemark legt zu den bereits zugesagten 8 Milliarden Kronen weitere 2 Milliarden Kronen für die Ukraine drauf.",
        (Expect("DNK", "military_general", "2e9 DKK"),),
    ),
    Case(
        "jahre_nach_einem_doppelpunkt_sind_keine_liste",
        "Norwegen hilft der Ukraine weiter. Statt eines festen Betrags gilt eine Untergrenze, sagte der "
        "Regierungschef: Von 2026 bis 2029 sollen jährlich mindestens 10 Milliarden Kronen fließen.",
        (Expect("NOR", "other", "1e10 NOK / year", low="1e10 NOK / year", period=(2026, 2029)),),
    ),
    Case(
        "ein_erweiterter_rahmen_fuer_die_ukraine_ist_die_neue_zusage",
        "Die dänische Hilfe für die Ukraine läuft über einen Fonds. Sein Rahmen wird nun von 20 auf 30 Milliarden "
        "Kronen angehoben.",
        (Expect("DNK", "military_general", "3e10 DKK"),),
    ),
    Case(
        "ein_verkuerztes_kompositum_zaehlt_nach_dem_letzten_wort",
        "Norwegen überlässt der Ukraine drei Transport- und Tankflugzeuge aus seinen Beständen.",
        (Expect("NOR", "aircraft", "3 aircraft"),),
    ),
    Case(
        "die_lettische_regierungschefin_nennt_den_geber",
        "Regierungschefin Evika Siliņa kündigte in Riga an, dass Drohnen im Wert von zwei Millionen Euro an die "
        "Ukraine gehen.",
        (Expect("LVA", "drones", "2e6 EUR"),),
    ),
    Case(
        "geld_fuer_unbemannte_fluggeraete_ist_fuer_drohnen",
        "Für die Entwicklung unbemannter Fluggeräte stellt Litauen der Ukraine fünf Millionen Euro bereit.",
        (Expect("LTU", "drones", "5e6 EUR"),),
    ),
    Case(
        "eine_umrechnung_in_klammern_nach_einem_wert_ist_derselbe_betrag",
        "Kanada überlässt der Ukraine 39 Panzerwagen. Die Fahrzeuge haben einen Wert von 90 Millionen kanadischen "
        "Dollar (61 Millionen Euro).",
        (
            Expect("CAN", "armour", "39 vehicle"),
            Expect("CAN", "armour", "9e7 CAD", same_as=0),
            Expect("CAN", "armour", "6.1e7 EUR", same_as=0),
        ),
    ),
    Case(
        "wofuer_das_geld_fehlt_ist_keine_zusage",
        "Für 40 weitere Haubitzen fehle der Ukraine noch das Geld, sagte der Minister.",
        (),
    ),
    Case(
        "ein_blockiertes_paket_ist_keine_zusage",
        "Ein Paket über zwei Milliarden Euro für die Ukraine liegt auf Eis: der Finanzminister blockiere es.",
        (),
    ),
    Case(
        "was_der_armee_noch_bleibt_ist_ein_bestand",
        "Berlin gibt der Ukraine ein weiteres Patriot-System. Der Bundeswehr bleiben damit noch sechs Systeme.",
        (Expect("DEU", "air_defence", "1 system"),),
    ),
    Case(
        "summen_des_ifw_kiel_sind_laufende_summen",
        "Nach Zahlen des IfW Kiel haben die EU-Staaten der Ukraine 120 Milliarden Euro zugesagt.",
        (),
    ),
    Case(
        "gibt_ist_ein_gebendes_verb_fuer_summen",
        "Die Staaten zahlen in den Fonds für Kiew ein. Finnland gibt 30 Millionen Euro, Island 5 Millionen Euro.",
        (Expect("FIN", "military_general", "3e7 EUR"), Expect("ISL", "military_general", "5e6 EUR")),
    ),
    Case(
        "stueck_ohne_nomen_zaehlt_das_nomen_davor",
        "Lettland will der Ukraine mehr Drohnen liefern: Bis Jahresende sollen 5.000 Stück übergeben werden.",
        (Expect("LVA", "drones", "5000 drone"),),
    ),
    Case(
        "ein_einzelnes_stueck_nach_einer_zahl_im_selben_satz_ist_gegeben",
        "Die Niederlande unterstützen die Ukraine weiter. Den Haag will 20 Panzer liefern und zusätzlich ein "
        "Flugabwehrbatterie bereitstellen.",
        (Expect("NLD", "armour", "20 vehicle"), Expect("NLD", "air_defence", "1 system")),
    ),
]


BLIND_RULES_7 = [
    Case(
        "eine_zahl_von_einer_auf_eine_andere_erhoeht_ist_die_neue",
        "Der Minister will die Zahl der Panzerhaubitzen für die Ukraine von zehn auf 14 erhöhen.",
        (Expect(None, "artillery", "14 system"),),
    ),
    Case(
        "bis_ende_eines_monats_bereits_bereitgestellt_ist_eine_bilanz",
        "Bis Ende Juni hatte Dänemark der Ukraine bereits 2,4 Milliarden Euro bereitgestellt.",
        (),
    ),
    Case(
        "fuer_die_eigene_truppe_beschafft_ist_keine_zusage",
        "Für die eigene Truppe will Berlin sechs neue Flugabwehrsysteme IRIS-T SLM beschaffen, nachdem es drei an die Ukraine abgegeben hat.",
        (),
    ),
    Case(
        "ein_angemeldeter_betrag_ist_ein_wunsch",
        "Das Ministerium hatte für die Ukraine-Hilfe 2026 zunächst elf Milliarden Euro angemeldet.",
        (),
    ),
    Case(
        "ein_zuvor_vorgesehener_betrag_ist_ueberholt",
        "Für die Ukraine sollen 2026 rund 9 Milliarden Euro fließen; im ersten Entwurf waren dafür 7 Milliarden Euro vorgesehen gewesen.",
        (Expect("DEU", "military_general", "9e9 EUR", period=(2026, 2026)),),  # "Entwurf": donors.home (session 17)
    ),
    Case(
        "eine_erstattung_ist_keine_hilfe_fuer_die_ukraine",
        "Für die Abgabe seiner Panzer an die Ukraine soll Prag aus EU-Mitteln rund 120 Millionen Euro Erstattung bekommen.",
        (),
    ),
    Case(
        "ein_zweck_mit_mehreren_waffenarten_ist_allgemein",
        "Schweden stockt seine Ukraine-Hilfe um 2 Milliarden Kronen auf. Das Geld soll in Artillerie, Drohnen und Munition fließen.",
        (Expect("SWE", "military_general", "2e9 SEK"),),
    ),
    Case(
        "ein_zweck_mit_einer_waffenart_bleibt_diese",
        "Schweden gibt der Ukraine weitere 2 Milliarden Kronen. Das Geld soll in Drohnen fließen.",
        (Expect("SWE", "drones", "2e9 SEK"),),
    ),
    Case(
        "ein_parlament_nennt_seinen_staat",
        "Der Folketing hat für die Ukraine weitere 2 Milliarden Kronen gebilligt.",
        (Expect("DNK", "military_general", "2e9 DKK"),),
    ),
    Case(
        "hebt_den_rahmen_an_ist_eine_zusage",
        "Dänemark unterstützt die Ukraine mit einem Fonds. Zugleich hebt Kopenhagen den Rahmen bis 2028 auf 70 Milliarden Kronen an.",
        (Expect("DNK", "military_general", "7e10 DKK", period=(None, 2028)),),
    ),
    Case(
        "ein_nomen_nach_dem_modellnamen_wird_gezaehlt",
        "Berlin liefert der Ukraine weitere 100 Patriot-Raketen und zwei IRIS-T-Startgeräte.",
        (Expect("DEU", "air_defence", "100 missile"), Expect("DEU", "air_defence", "2 launcher")),
    ),
    Case(
        "das_neue_system_ist_kein_weiteres",
        "Berlin gibt der Ukraine ein drittes Patriot-System; mit dem neuen System geht ein großer Teil des Bestands an Kiew.",
        (Expect("DEU", "air_defence", "1 system"),),
    ),
    Case(
        "ein_bruchteil_des_bestands_ist_keine_anzahl",
        "Damit geht rund ein Viertel des deutschen Patriot-Bestands an die Ukraine.",
        (),
    ),
    Case(
        "die_zahl_der_panzer_mit_modellnummer_von_auf",
        "Pistorius will die Zahl der Kampfpanzer Leopard 2 A6 für die Ukraine von zehn auf 14 erhöhen.",
        (Expect("DEU", "armour", "14 vehicle"),),
    ),
    Case(
        "das_sondervermoegen_ist_ein_nationaler_haushalt",
        "Die Ukraine erhält 2025 vier Milliarden Euro; hinzu kommen für die Bundeswehr Mittel aus dem 100 Milliarden Euro schweren Sondervermögen.",
        (Expect("DEU", "military_general", "4e9 EUR", period=(2025, 2025)),),  # "Bundeswehr": donors.home (session 17)
    ),
    Case(
        "nur_so_viele_einer_zugesagten_einheit_sind_angekommen",
        "Die EU hatte der Ukraine eine Million Artilleriegranaten zugesagt. Bis Ende Januar waren erst 330.000 Granaten geliefert.",
        (Expect("EU", "ammunition", "1e6 round"),),
    ),
    Case(
        "ein_kompositum_zaehlt_nach_seinem_kopf",
        "Schweden stellt der Ukraine Artilleriemunition für rund 3 Milliarden Kronen bereit.",
        (Expect("SWE", "ammunition", "3e9 SEK"),),
    ),
    Case(
        "eine_vorlage_des_bundesfinanzministeriums_nennt_deutschland",
        "Nach der Vorlage des Bundesfinanzministeriums soll die Ukraine-Hilfe im kommenden Jahr auf 11 Milliarden Euro steigen.",
        (Expect("DEU", "military_general", "1.1e10 EUR", period=(2026, 2026)),),
        published="2025-11-10",
    ),
    Case(
        "die_eigene_armee_erhaelt_ist_keine_zusage",
        "Australien gibt der Ukraine 49 ältere Abrams. Die eigene Armee erhält stattdessen 75 neue Abrams.",
        (Expect("AUS", "armour", "49 vehicle"),),
    ),
    Case(
        "ein_regierungschef_namens_montenegro_spricht_fuer_portugal",
        "Regierungschef Luís Montenegro sagte der Ukraine weitere 95 Millionen Euro zu.",
        (Expect("PRT", "military_general", "9.5e7 EUR"),),
    ),
    Case(
        "was_die_armee_in_reserve_hat_ist_ein_bestand",
        "Die Armee hatte rund 90 ältere T-72 in Reserve; Prag schickte der Ukraine einige davon.",
        (),
    ),
    Case(
        "ein_n_koepfiges_team_zaehlt_personen",
        "Dänemark schickt ein 35-köpfiges Team nach Großbritannien, um ukrainische Rekruten auszubilden.",
        (Expect("DNK", "personnel", "35 person"),),
    ),
    Case(
        "was_zur_instandsetzung_bei_der_industrie_ist_ist_ein_bestand",
        "Berlin hat der Ukraine zwei Patriot-Systeme gegeben. Vier weitere sind derzeit zur Instandsetzung bei der Industrie.",
        (Expect("DEU", "air_defence", "2 system"),),
    ),
]

# Session 6: rules from blind22 (defence-industry and trade press: contracts, plants, deliveries).
BLIND_RULES_8 = [
    Case(
        "die_ersten_zehn_pakete_summieren_sich",
        "Norwegen gibt der Ukraine ein neues Paket über 2 Mrd. Kronen. Die ersten zehn Pakete summierten sich auf gut "
        "20 Mrd. Kronen.",
        (Expect("NOR", "other", "2e9 NOK"),),
    ),
    Case(
        "damit_insgesamt_ist_eine_laufende_summe",
        "Belgien liefert der Ukraine drei weitere Haubitzen; damit stellt das Land insgesamt neun Haubitzen bereit.",
        (Expect("BEL", "artillery", "3 system"),),
    ),
    Case(
        "bis_mitte_maerz_hatte_geliefert_ist_eine_laufende_summe",
        "Bis Mitte März hatte Schweden insgesamt 50 Schützenpanzer an Kiew geliefert.",
        (),
        "2024-03-20",
    ),
    Case(
        "systeme_im_einsatz_sind_ein_bestand",
        "Zwölf Patriot-Systeme sind derzeit in der Ukraine im Einsatz.",
        (),
    ),
    Case(
        "was_ein_neues_werk_liefern_soll",
        "Der Konzern eröffnet in Litauen ein neues Werk, das ab 2026 jährlich bis zu 80.000 Granaten liefern soll.",
        (),
    ),
    Case(
        "eine_lieferliste_der_regierung_ist_kein_empfaenger",
        "Auf der neuen Lieferliste der Bundesregierung stehen 12 Panzerhaubitzen und 40 Pick-ups.",
        (Expect("DEU", "artillery", "12 system"), Expect("DEU", "other", "40 vehicle")),
    ),
    Case(
        "ersatzteile_garnituren_und_stoersender_werden_gezaehlt",
        "Oslo schickt der Ukraine 8.000 Ersatzteile, 12.000 Garnituren Schutzkleidung und 60 Störsender.",
        (
            Expect("NOR", "other", "8000 piece"),
            Expect("NOR", "other", "12000 piece"),
            Expect("NOR", "other", "60 piece"),
        ),
    ),
    Case(
        "ein_winterpaket_ist_humanitaer",
        "Finnland gibt der Ukraine 30 Millionen Euro für ein Winterpaket.",
        (Expect("FIN", "humanitarian", "3e7 EUR"),),
    ),
    Case(
        "der_vertragswert_preist_die_bestellung",
        "Die Bestellung der Bundesregierung für die Ukraine umfasst 200.000 Granaten; der Vertragswert liegt bei 90 "
        "Millionen Euro.",
        (Expect("DEU", "ammunition", "200000 round"), Expect("DEU", "ammunition", "9e7 EUR", same_as=0)),
    ),
    Case(
        "der_gesamtwert_im_naechsten_satz_preist_die_zahl",
        "Polen kauft für die Ukraine 12 Haubitzen vom Typ Krab. Das Ministerium beziffert den Gesamtwert auf 60 "
        "Millionen Euro.",
        (Expect("POL", "artillery", "12 system"), Expect("POL", "artillery", "6e7 EUR", same_as=0)),
    ),
    Case(
        "ein_kaliber_in_einem_kompositum_zaehlt_nichts",
        "Spanien liefert der Ukraine vier Mörser. Das 120-mm-Geschütz verschießt acht Granaten pro Minute.",
        (Expect("ESP", "artillery", "4 system"),),
    ),
    Case(
        "was_ein_system_mitfuehrt_ist_keine_zusage",
        "Berlin übergab der Ukraine die erste von 20 zugesagten Haubitzen. Das System trifft Ziele in bis zu 40 "
        "Kilometern Entfernung und führt bis zu 60 Granaten mit.",
        (Expect("DEU", "artillery", "20 system"),),
    ),
    Case(
        "ein_teil_eines_gesamtauftrags_ist_keine_eigene_zusage",
        "Die erste Lieferung neuer Munition ist auf dem Weg in die Ukraine. Bis Jahresende will der Konzern 25 000 "
        "Schuss ausliefern – Teil eines Gesamtauftrags über 200 000 Schuss.",
        (Expect(None, "ammunition", "200000 round"),),
    ),
    Case(
        "systeme_die_bereits_stehen_sind_teil_des_lieferplans",
        "Spanien hat der Ukraine zehn Flugabwehrsysteme vom Typ Hawk zugesagt. Drei Systeme stehen bereits in der "
        "Ukraine, vier weitere folgen im Sommer, die restlichen drei später.",
        (Expect("ESP", "air_defence", "10 system"),),
    ),
    Case(
        "was_von_einer_groesseren_zusage_eingetroffen_ist",
        "Die EU hat der Ukraine eine Million Granaten versprochen; bis zum Sommer sollen 400.000 Granaten eingetroffen "
        "sein.",
        (Expect("EU", "ammunition", "1e6 round"),),
    ),
    Case(
        "binnen_zwoelf_monaten_ab_der_veroeffentlichung",
        "Die Niederlande wollen der Ukraine binnen zwölf Monaten 50.000 Granaten liefern.",
        (Expect("NLD", "ammunition", "50000 round", period=(2024, 2025)),),
        "2024-06-01",
    ),
    Case(
        "ein_datierender_satz_reicht_ueber_einen_satz_ohne_zusage",
        "Berlin will der Ukraine drei Systeme vom Typ IRIS-T liefern. Der Hersteller bestätigte die Bestellung. "
        "Ausgeliefert werden sollen die Systeme bis Anfang 2026.",
        (Expect("DEU", "air_defence", "3 system", period=(None, 2026)),),
    ),
    Case(
        "ihr_einziges_system_ist_eines",
        "Die Slowakei übergibt der Ukraine ihr einziges Flugabwehrsystem vom Typ S-300.",
        (Expect("SVK", "air_defence", "1 system"),),
    ),
]


BLIND_RULES_9 = [
    Case(
        "fuer_angriff_und_abwehr_ist_eine_rolle_kein_angriff",
        "Kanada schickt der Ukraine 80 Lenkflugkörper für Angriff und Abwehr sowie 20 Boote.",
        (Expect("CAN", "ammunition", "80 missile"), Expect("CAN", "naval", "20 vessel")),
    ),
    Case(
        "ein_gescheiterter_plan_ist_keine_zusage",
        "Der Vorschlag, der Ukraine 30 Milliarden Euro Militärhilfe bereitzustellen, scheiterte am Veto Ungarns. "
        "Schweden schickt der Ukraine zehn Boote.",
        (Expect("SWE", "naval", "10 vessel"),),
    ),
    Case(
        "kosten_fuer_wiederaufbau_sind_eine_schaetzung",
        "Die Weltbank schätzt die Kosten für Wiederaufbau und Erholung der Ukraine auf 500 Milliarden Dollar.",
        (),
    ),
    Case(
        "die_teile_im_naechsten_satz_machen_die_summe_zur_hilfe",
        "Finnland hat 400 Millionen Euro bewilligt. Davon entfallen 300 Millionen Euro auf Militärhilfe und "
        "100 Millionen Euro auf humanitäre Hilfe.",
        (
            Expect("FIN", "military_general", "4e8 EUR"),
            Expect("FIN", "military_general", "3e8 EUR"),
            Expect("FIN", "humanitarian", "1e8 EUR"),
        ),
    ),
    Case(
        "kommt_damit_auf_summiert_nur_die_eigene_summe",
        "Dänemark stockt um 300 Millionen Euro auf und kommt damit in diesem Jahr auf 1,2 Milliarden Euro. "
        "Zum Paket gehören 20 Boote.",
        (Expect("DNK", "military_general", "3e8 EUR"), Expect("DNK", "naval", "20 vessel")),
    ),
    Case(
        "davon_im_naechsten_satz_nimmt_den_zeitraum_der_summe_nicht_der_umrechnung",
        "Für 2026 hat Dänemark zwei Milliarden Kronen für die Ukraine bewilligt, umgerechnet rund 270 Millionen Euro. "
        "Davon entfallen 1,5 Milliarden Kronen auf Militärhilfe und 500 Millionen Kronen auf humanitäre Hilfe.",
        (
            Expect("DNK", "military_general", "2e9 DKK", period=(2026, 2026)),
            Expect("DNK", "military_general", "2.7e8 EUR", period=(2026, 2026), same_as=0),
            Expect("DNK", "military_general", "1.5e9 DKK", period=(2026, 2026)),
            Expect("DNK", "humanitarian", "5e8 DKK", period=(2026, 2026)),
        ),
    ),
    Case(
        "milliarden_zuschuesse_sind_geld",
        "Die Weltbank stellt der Ukraine 6 Milliarden Dollar bereit: 4 Milliarden Kredite und 2 Milliarden Zuschüsse.",
        (
            Expect("WB", "financial", "6e9 USD"),
            Expect("WB", "financial", "4e9 USD"),
            Expect("WB", "financial", "2e9 USD"),
        ),
    ),
    Case(
        "ein_jahresschnitt_der_die_summe_ergibt_gibt_sie_wieder",
        "Für die Jahre 2025 bis 2028 sagt Kanada der Ukraine 4 Milliarden Dollar Militärhilfe zu, davon 1 Milliarde "
        "Dollar für Drohnen – rechnerisch also 1 Milliarde Dollar pro Jahr.",
        (
            Expect("CAN", "military_general", "4e9 CAD", period=(2025, 2028)),
            Expect("CAN", "drones", "1e9 CAD", period=(2025, 2028)),
            Expect("CAN", "military_general", "1e9 CAD / year", period=(2025, 2028), same_as=0),
        ),
    ),
    Case(
        "ein_paket_schnueren_ist_ein_geben",
        "Was bringt das neue Paket? Der italienische Minister beziffert es auf 300 Millionen Euro – so viel hat Rom "
        "noch nie auf einmal geschnürt.",
        (Expect("ITA", "military_general", "3e8 EUR"),),
    ),
    Case(
        "bis_dahin_hatte_ist_eine_laufende_summe",
        "Die Niederlande liefern der Ukraine sechs weitere Haubitzen. Bis dahin hatten sie Waffen für zusammen rund "
        "2 Milliarden Euro an Kiew übergeben.",
        (Expect("NLD", "artillery", "6 system"),),
    ),
    Case(
        "gelaendefahrzeuge_neben_panzern_sind_keine_panzer",
        "Norwegen schickt der Ukraine 30 gepanzerte Dingo-Fahrzeuge und 25 Geländefahrzeuge.",
        (Expect("NOR", "armour", "30 vehicle"), Expect("NOR", "other", "25 vehicle")),
    ),
    Case(
        "gemeinsam_mit_partnern_ohne_staat_im_satzteil_ist_gemeinsam",
        "Spanien liefert der Ukraine zehn Leopard-Panzer; gemeinsam mit Partnern sollen zudem zwei Bataillone "
        "ausgestattet werden.",
        (Expect("ESP", "armour", "10 vehicle"), Expect(None, "armour", "2 battalion")),
    ),
    Case(
        "ein_text_der_mit_den_guetern_beginnt_nimmt_den_spaeter_genannten_staat",
        "Hinzu kommen sechs Haubitzen und 20 Boote für die Ukraine. Damit hat die Regierung in Kopenhagen ihre Hilfe "
        "erneut aufgestockt.",
        (Expect("DNK", "artillery", "6 system"), Expect("DNK", "naval", "20 vessel")),
    ),
    Case(
        "ein_programm_ist_ein_hilfswort_wie_programme",
        "Dänemark baut sein Programm kräftig aus: Künftig sollen jährlich zwölf Milliarden Kronen fließen.",
        (Expect("DNK", "military_general", "1.2e10 DKK / year"),),
    ),
    Case(
        "staaten_im_naechsten_satz_als_gruppe_geben_nichts",
        "Die Ukraine erhält einen Kredit über fünf Milliarden Euro. Österreich, Ungarn und die Slowakei beteiligen "
        "sich nicht.",
        (Expect(None, "financial", "5e9 EUR"),),
    ),
    Case(
        "fuer_das_ganze_jahr_ist_das_laufende_jahr",
        "Für das ganze Jahr hat Belgien 900 Millionen Euro Militärhilfe für die Ukraine eingeplant.",
        (Expect("BEL", "military_general", "9e8 EUR", period=(2025, 2025)),),
        published="2025-02-10",
    ),
    Case(
        "eine_gruppe_nach_zur_ist_der_empfaenger_des_beitrags",
        "Norwegen gibt der Ukraine sechs F-16 ab. Der belgische Beitrag zur Kampfjet-Koalition wurde später auf "
        "zwölf Flugzeuge beziffert.",
        (Expect("NOR", "aircraft", "6 aircraft"), Expect("BEL", "aircraft", "12 aircraft")),
    ),
    Case(
        "was_eine_verworfene_summe_kauft_ist_keine_zusage",
        "Die EU sprach lange über mehr Militärhilfe für die Ukraine. Eine kleinere Variante – eine Milliarde Euro für "
        "500.000 Schuss Munition – kam nicht zustande.",
        (),
    ),
    Case(
        "ein_rahmen_ist_ein_hilfswort_wie_framework",
        "Bereits zuvor hatte Helsinki einen Rahmen von 3 Milliarden Euro für die Jahre 2025 bis 2027 festgelegt.",
        (Expect("FIN", "military_general", "3e9 EUR", period=(2025, 2027)),),
    ),
    Case(
        "damit_belaeuft_sich_ist_eine_laufende_summe",
        "Finnland stockt seinen Fonds für die Ukraine um 500 Millionen Euro auf. Damit beläuft sich der Fonds auf mehr "
        "als 3 Milliarden Euro.",
        (Expect("FIN", "military_general", "5e8 EUR"),),
    ),
    Case(
        "beziffert_seine_panzer_auf_zaehlt_die_panzer",
        "Das Pentagon bezifferte seine Bradley-Schützenpanzer für die Ukraine auf 50. Die Ministerin bezifferte den "
        "Caesar-Bestand der Ukraine auf 30.",
        (Expect("USA", "armour", "50 vehicle"),),
    ),
    Case(
        "ein_teil_nach_und_nimmt_den_zeitraum_des_ganzen",
        "Die Weltbank stellt der Ukraine für 2025 bis 2026 sechs Milliarden Dollar bereit, davon vier Milliarden Kredite "
        "und zwei Milliarden Zuschüsse.",
        (
            Expect("WB", "financial", "6e9 USD", period=(2025, 2026)),
            Expect("WB", "financial", "4e9 USD", period=(2025, 2026)),
            Expect("WB", "financial", "2e9 USD", period=(2025, 2026)),
        ),
    ),
    Case(
        "maschinen_desselben_typs_zaehlen_was_davor_gezaehlt_wurde",
        "Prag sagte der Ukraine sechs Mi-24 zu, Warschau will acht Maschinen desselben Typs abgeben.",
        (Expect("CZE", "aircraft", "6 helicopter"), Expect("POL", "aircraft", "8 helicopter")),
    ),
]


# Session 7, the lead's rules (blind24): each row failed before its change.
BLIND_RULES_10 = [
    Case(
        "der_naechste_teil_nach_einem_teil_teilt_den_zeitraum_des_ganzen",
        "Die EU stellt der Ukraine für 2025 bis 2028 bis zu 40 Milliarden Euro bereit, davon 25 Milliarden als "
        "Kredite und 15 Milliarden als Zuschüsse.",
        (
            Expect("EU", "financial", "4e10 EUR", high="4e10 EUR", period=(2025, 2028)),
            Expect("EU", "financial", "2.5e10 EUR", period=(2025, 2028)),
            Expect("EU", "financial", "1.5e10 EUR", period=(2025, 2028)),
        ),
    ),
    Case(
        "ein_regierungschef_sagte_einem_anderen_dass_ein_staat_liefert",
        "Scholz sagte Macron, dass Deutschland zwei Patriot-Systeme an die Ukraine liefern werde.",
        (Expect("DEU", "air_defence", "2 system"),),
    ),
    Case(
        "zwei_staaten_mit_komma_bleiben_eine_gruppe",
        "Polen, die Slowakei und Tschechien schicken der Ukraine zusammen 40 Panzer.",
        (Expect(None, "armour", "40 vehicle"),),
    ),
    Case(
        "der_naechste_satz_traegt_den_geber_der_zusagen_nicht_den_zuletzt_genannten_staat",
        "Die EU gab 50 Milliarden Euro für die Ukraine frei, nachdem Ungarn sein Veto aufgegeben hatte. Das Geld "
        "fließt von 2024 bis 2027 und ist aufgeteilt in 33 Milliarden Euro Kredite und 17 Milliarden Euro Zuschüsse.",
        (
            Expect("EU", "financial", "5e10 EUR", period=(2024, 2027)),
            Expect("EU", "financial", "3.3e10 EUR", period=(2024, 2027)),
            Expect("EU", "financial", "1.7e10 EUR", period=(2024, 2027)),
        ),
    ),
    Case(
        "ein_nach_dem_ganzen_genannter_staat_gibt_seinen_anteil",
        "Von den 45 Milliarden Dollar an Krediten, die die Verbündeten Kiew zugesagt haben, übernimmt Japan "
        "3 Milliarden Dollar.",
        (Expect(None, "financial", "4.5e10 USD"), Expect("JPN", "financial", "3e9 USD")),
    ),
    Case(
        "was_der_wiederaufbau_kosten_wird_ist_keine_zusage",
        "Der Wiederaufbau der Ukraine wird nach Schätzung der Weltbank in zehn Jahren etwa 500 Milliarden Dollar "
        "kosten.",
        (),
    ),
    Case(
        "wer_die_kosten_uebernimmt_sagt_zu",
        "Die Kosten von 300 Millionen Euro für die Ausbildung ukrainischer Soldaten übernimmt Deutschland.",
        (Expect("DEU", "personnel", "3e8 EUR"),),
    ),
    Case(
        "was_einer_einheit_noch_fehlt_ist_keine_zusage",
        "Kanada sagte vier Leopard zu; für die geplante Einheit mit 31 Panzern fehlen damit noch 17.",
        (Expect("CAN", "armour", "4 vehicle"),),
    ),
    Case(
        "ein_im_erscheinungsjahr_vergangener_monat_ist_der_des_naechsten_jahres",
        "Australien will der Ukraine bis Ende April 30 weitere Bushmaster schicken.",
        (Expect("AUS", "armour", "30 vehicle", period=(None, 2025)),),
        published="2024-10-02",
    ),
    Case(
        "bis_zu_einem_haushaltsjahr_endet_mit_dessen_zweitem_jahr",
        "London gibt der Ukraine bis 2030/31 jährlich drei Milliarden Pfund.",
        (Expect("GBR", "military_general", "3e9 GBP / year", period=(None, 2031)),),
        published="2024-07-10",
    ),
    Case(
        "dieselbe_summe_genau_wiederholt_ist_eine_wiederholung",
        "Deutschland sagt der Ukraine rund 2,7 Milliarden Euro zu. Die 2,73 Milliarden Euro fließen in Panzer und "
        "Munition.",
        (
            Expect("DEU", "military_general", "2.7e9 EUR"),
            Expect("DEU", "military_general", "2.73e9 EUR", same_as=0),
        ),
    ),
    Case(
        "ein_superlativ_hinter_einem_komma_ordnet_nichts_die_summe_danach_ist_ein_zwischenstand",
        "Das dänische Paket, das bislang größte, bringt Kopenhagens gesamte Hilfe auf 70 Milliarden Kronen.",
        (),
    ),
    Case(
        "nz_dollar_sind_neuseelaendische_dollar",
        "Neuseeland gibt der Ukraine weitere 12 Millionen NZ-Dollar für Drohnen.",
        (Expect("NZL", "drones", "1.2e7 NZD"),),
    ),
    Case(
        "die_staaten_die_eine_koalition_fuehren_geben_nicht_die_summe",
        "Wellington gibt der Ukraine 16 Millionen NZ-Dollar. Vier Millionen gehen an die von Großbritannien und "
        "Lettland geführte Drohnenkoalition.",
        (Expect("NZL", "military_general", "1.6e7 NZD"), Expect("NZL", "drones", "4e6 NZD")),
    ),
    Case(
        "ein_kurzer_typname_nach_dem_geraet_ist_keine_anzahl",
        "Schweden überlässt der Ukraine seine Schützenpanzer Pbv 302 und zwölf Kampfpanzer Strv 122.",
        (Expect("SWE", "armour", "12 vehicle"),),
    ),
    Case(
        "sanktionen_gegen_schiffe_sind_keine_hilfe",
        "Ottawa kündigte 20 gepanzerte Fahrzeuge für die Ukraine an. Zudem verhängte Kanada Sanktionen gegen 40 "
        "Personen und 150 Schiffe der russischen Schattenflotte.",
        (Expect("CAN", "armour", "20 vehicle"),),
    ),
    Case(
        "was_ein_praesident_sich_erhofft_ist_keine_zusage",
        "Selenskyj hofft, dass die Europäer jeden Monat zwei Milliarden Dollar für amerikanische Waffen für die "
        "Ukraine aufbringen.",
        (),
    ),
    Case(
        "was_ein_staat_in_einer_amtszeit_gab_ist_ein_zwischenstand",
        "Biden kündigte eine Milliarde Dollar neue Militärhilfe für die Ukraine an. In seiner Amtszeit haben die USA "
        "mehr als 60 Milliarden Dollar geliefert.",
        (Expect("USA", "military_general", "1e9 USD"),),
    ),
    Case(
        "ein_adjektiv_vor_der_ware_nennt_den_hersteller_nicht_den_geber",
        "Polen liefert der Ukraine 14 deutsche Leopard-Panzer.",
        (Expect("POL", "armour", "14 vehicle"),),
    ),
    Case(
        "ein_adjektiv_vor_der_ware_ohne_anderen_staat_nennt_den_geber",
        "Die sieben deutschen Haubitzen sind in der Ukraine angekommen.",
        (Expect("DEU", "artillery", "7 system"),),
    ),
    Case(
        "geld_fuer_die_friedensfazilitaet_ist_hilfe",
        "Norwegen steckt vier Milliarden Kronen in Granaten für die Ukraine. Eine weitere Milliarde Kronen überweist "
        "Oslo an die Europäische Friedensfazilität.",
        (Expect("NOR", "ammunition", "4e9 NOK"), Expect("NOR", "other", "1e9 NOK")),
    ),
    Case(
        "der_anteil_eines_staates_an_einer_gemeinsamen_summe_ist_seine_zusage",
        "Finnland, Estland und Lettland zahlen gemeinsam 300 Millionen Dollar für US-Waffen für Kiew. Der Anteil "
        "Finnlands liegt bei 150 Millionen Dollar.",
        (Expect(None, "military_general", "3e8 USD"), Expect("FIN", "military_general", "1.5e8 USD")),
    ),
    Case(
        "ein_satzteil_ohne_staat_nimmt_den_geber_der_zusage_davor",
        "Die EU gab 20 Milliarden Euro für die Ukraine frei, nachdem die Slowakei ihr Veto aufgegeben hatte; das "
        "Geld besteht aus zwölf Milliarden Euro Krediten und acht Milliarden Euro Zuschüssen.",
        (
            Expect("EU", "financial", "2e10 EUR"),  # its parts add up to it and are financial
            Expect("EU", "financial", "1.2e10 EUR"),
            Expect("EU", "financial", "8e9 EUR"),
        ),
    ),
    Case(
        "zusammengenommen_ist_ein_zwischenstand",
        "Zusammengenommen mit der dänischen Tranche sind damit mehr als eine Milliarde Dollar an Waffen für die "
        "Ukraine bezahlt.",
        (),
    ),
    Case(
        "geld_fuer_die_produktion_in_der_ukraine_ist_hilfe",
        "Berlin finanziert die Produktion weitreichender Waffen in der Ukraine mit fünf Milliarden Euro.",
        (Expect("DEU", "military_general", "5e9 EUR"),),
    ),
    Case(
        "eine_zahl_nach_kaliber_ist_keine_anzahl",
        "Prag liefert der Ukraine 500.000 Schuss, die meisten im Kaliber 122.",
        (Expect("CZE", "ammunition", "500000 round"),),
    ),
    Case(
        "eine_verneinte_abgabe_ist_keine_zusage",
        "Finnland liefert drei Minenräumpanzer. Einen Kampfpanzer gibt Helsinki dagegen vorerst nicht ab.",
        (Expect("FIN", "armour", "3 vehicle"),),
    ),
    Case(
        "ein_nicht_als_attribut_verneint_nichts",
        "Die EU gibt der Ukraine 17 Milliarden Euro als nicht rückzahlbare Zuschüsse.",
        (Expect("EU", "financial", "1.7e10 EUR"),),
    ),
    Case(
        "nicht_toedlich_verneint_nichts",
        "Irland gibt der Ukraine weitere 100 Millionen Euro an nicht-tödlicher Militärhilfe.",
        (Expect("IRL", "military_general", "1e8 EUR"),),
    ),
]


BLIND_RULES_11 = [
    Case(
        "ein_plan_nach_und_ohne_eigene_zahl_gehoert_zum_naechsten_praedikat",
        "Bislang hat Prag 1.200 Panzerfäuste übergeben und will nun auch Flugabwehrraketen schicken.",
        (),
    ),
    Case(
        "ein_plan_nach_zwei_zahlen_mit_und_gilt_fuer_beide",
        "Insgesamt 30 Panzer und 20 Haubitzen sollen bis zum Sommer folgen.",
        (Expect(None, "armour", "30 vehicle"), Expect(None, "artillery", "20 system")),
    ),
    Case(
        "eine_zahl_von_paketen_ist_kein_teil_einer_summe",
        "Seit Kriegsbeginn hat Bratislava 13 Pakete im Gesamtwert von 671 Millionen Euro geliefert.",
        (),
    ),
    Case(
        "ein_kleingeschriebenes_wort_ist_kein_vorname_und_die_herkunft_der_waren_gibt_nichts",
        "Als zweiter NATO-Partner finanziert Oslo ein Paket aus amerikanischen Lagerbeständen für Kiew: 300 Millionen "
        "Euro.",
        (Expect("NOR", "other", "3e8 EUR"),),
    ),
    Case(
        "ein_hersteller_stellt_nichts_her_und_beim_hersteller_kauft_man",
        "Estland hat beim schwedischen Hersteller Saab vier Startgeräte für die Ukraine gekauft, der Vertrag hat "
        "einen Wert von 12 Millionen Euro.",
        (Expect("EST", "artillery", "4 launcher"), Expect("EST", "artillery", "1.2e7 EUR", same_as=0)),
    ),
    Case(
        "ein_staat_im_relativsatz_gibt_nicht",
        "Estland, das die Minenräumkoalition mit Island anführt, will der Ukraine 15 Millionen Euro geben.",
        (Expect("EST", "military_general", "1.5e7 EUR"),),
    ),
    Case(
        "im_vergangenen_jahr_ist_das_jahr_vor_der_veroeffentlichung",
        "Rom sagt der Ukraine in diesem Jahr 300 Millionen Euro zu. Im vergangenen Jahr hatte Italien bereits 300 "
        "Millionen Euro gegeben.",
        (
            Expect("ITA", "military_general", "3e8 EUR", period=(2024, 2024)),
            Expect("ITA", "military_general", "3e8 EUR", period=(2023, 2023)),
        ),
        published="2024-04-02",
    ),
    Case(
        "wie_im_vorjahr_vergleicht_und_datiert_nichts",
        "Berlin liefert der Ukraine 500 Drohnen, doppelt so viele wie im Vorjahr.",
        (Expect("DEU", "drones", "500 drone"),),
        published="2025-06-04",
    ),
    Case(
        "ein_nato_mitglied_ist_nicht_die_nato",
        "Schweden hat als zweites Nato-Mitglied 275 Millionen Dollar für ein PURL-Paket zugesagt.",
        (Expect("SWE", "military_general", "2.75e8 USD"),),
    ),
    Case(
        "ein_ministerium_in_einer_hauptstadt_nennt_seinen_staat",
        "Das Verteidigungsministerium in Oslo gibt 14 Haubitzen an die Ukraine ab.",
        (Expect("NOR", "artillery", "14 system"),),
    ),
    Case(
        "schiffe_gegen_die_sich_sanktionen_richten_sind_keine_zusage",
        "Ottawa sagte der Ukraine zwei Milliarden Dollar zu. Neue Sanktionen Kanadas richten sich gegen rund 200 Schiffe.",
        (Expect("CAN", "military_general", "2e9 CAD"),),
    ),
    Case(
        "ein_mechanismus_der_nato_und_ein_stuetzpunkt_der_usa_geben_nichts",
        "Wie Ministerin Hanna auf dem US-Stützpunkt Ramstein sagte, zahlt Oslo über den NATO-Mechanismus PURL 200 "
        "Millionen Euro für Waffen für die Ukraine.",
        (Expect("NOR", "military_general", "2e8 EUR"),),
    ),
    Case(
        "kauft_ein_system_fuer_die_ukraine_ist_eine_zusage",
        "Kanada kauft ein Flugabwehrsystem für die Ukraine.",
        (Expect("CAN", "air_defence", "1 system"),),
    ),
    Case(
        "eine_ortsmarke_nennt_keinen_empfaenger",
        "Kiew (dpa) - Von den rund 600 Marschflugkörpern der Luftwaffe gelten nur etwa 150 als einsatzbereit.",
        (),
    ),
    Case(
        "ein_geschuetztes_leerzeichen_ist_ein_leerzeichen",
        "Das Paket für die Ukraine umfasst 800\u00a0Flugabwehrraketen und 2000\u00a0Panzerabwehrwaffen.",
        (Expect(None, "air_defence", "800 missile"), Expect(None, "small_arms", "2000 weapon")),
    ),
    Case(
        "angehoerige_der_streitkraefte_sind_personen",
        "Oslo entsendet 80 Angehörige seiner Streitkräfte nach Großbritannien, um ukrainische Rekruten auszubilden.",
        (Expect("NOR", "personnel", "80 person"),),
    ),
    Case(
        "eine_elliptische_zahl_am_ende_eines_zitats",
        "„Berlin und London wollen je drei Raketenwerfer liefern, die USA vier“, sagte ein Sprecher.",
        (
            Expect("DEU", "artillery", "3 launcher"),
            Expect("GBR", "artillery", "3 launcher"),
            Expect("USA", "artillery", "4 launcher"),
        ),
    ),
]


#: Session 9: reported speech (the subjunctive of German news), found by rewriting the annotated passages'
#: verbs into it (/work/notes/s21/tools/meta.py konjunktiv), and the blind corpora 31-32.
BLIND_RULES_12 = [
    Case(
        "das_perfekt_bis_zu_einem_vergangenen_datum_ist_eine_bilanz",
        "Nach einer Aufstellung des Finanzministeriums hat Deutschland bis Ende 2024 rund 17 Milliarden Euro in die "
        "militärische Unterstützung der Ukraine gesteckt.",
        (),
        published="2025-08-25",
    ),
    Case(
        "das_perfekt_vor_einer_frist_in_der_zukunft_sagt_zu",
        "Deutschland hat zugesagt, der Ukraine bis Ende 2026 20 Panzer zu liefern.",
        (Expect("DEU", "armour", "20 vehicle", period=(None, 2026)),),
        published="2025-08-25",
    ),
    Case(
        "was_die_kieler_datenbank_zaehlt_ist_eine_bilanz",
        "Die Kieler Datenbank kommt bis Februar auf zugewiesene Hilfen der USA von 115 Milliarden Euro für die "
        "Ukraine.",
        (),
    ),
    Case(
        "ein_ausbildungsziel_ist_keine_produktion",
        "Die Ausbildung geht weiter: Für dieses Jahr peilt Berlin 10.000 ukrainische Soldaten an.",
        (Expect("DEU", "personnel", "1e4 person", period=(2024, 2024)),),
        published="2024-09-06",
    ),
    Case(
        "was_die_industrie_herzustellen_vermag_ist_kapazitaet",
        "Hilfe für die Ukraine\n\nBis Ende 2025 soll die europäische Rüstungsindustrie in der Lage sein, jährlich zwei "
        "Millionen Artilleriegranaten herzustellen.",
        (),
    ),
    Case(
        "sein_erstes_system_ist_eins",
        "Berlin hat der Ukraine sein erstes Patriot-System übergeben.",
        (Expect("DEU", "air_defence", "1 system"),),
    ),
    Case(
        "was_die_eigene_armee_als_ersatz_bekommt",
        "Canberra übergibt der Ukraine 49 Kampfpanzer M1A1 Abrams. Die australischen Streitkräfte ersetzen die "
        "Fahrzeuge durch eine Flotte von 75 Kampfpanzern der neueren Version M1A2.",
        (Expect("AUS", "armour", "49 vehicle"),),
    ),
    Case(
        "eine_rate_direkt_vor_der_zahl",
        "Deutschland will der Ukraine pro Jahr 500 Millionen Euro bereitstellen; über die Initiative sollen ab Juni "
        "im Monat 50.000 Granaten an Kiew gehen.",
        (Expect("DEU", "military_general", "5e8 EUR / year"), Expect("DEU", "ammunition", "5e4 round / month")),
    ),
    Case(
        "im_jahr_vor_einer_jahreszahl_ist_keine_rate",
        "Im Jahr 2025 will Berlin der Ukraine 500 Millionen Euro geben.",
        (Expect("DEU", "military_general", "5e8 EUR", period=(2025, 2025)),),
    ),
    Case(
        "was_ein_hersteller_auf_lager_hat_ist_ein_bestand",
        "Neue Hilfe für die Ukraine\n\nRheinmetall hat nach eigenen Angaben 60 ältere Schützenpanzer Marder auf Lager.",
        (),
    ),
    Case(
        "geld_fuer_die_ausruestung_der_eigenen_streitkraefte",
        "Kiew bittet um mehr Hilfe. Der Bundestag beschloss 50 Milliarden Euro für die Ausrüstung der eigenen "
        "Streitkräfte.",
        (),
    ),
    Case(
        "woraus_ein_system_besteht_ist_keine_zusage",
        "Die Ukraine braucht mehr Luftabwehr. In der Grundkonfiguration gehören zu einem Skynex-System bis zu vier "
        "Revolverkanonen.",
        (),
    ),
    Case(
        "ein_programm_aus_militaerischer_und_ziviler_hilfe_ist_other_wie_im_englischen",
        "Über das Nansen-Programm stellt Oslo der Ukraine 2026 weitere 85 Milliarden Kronen bereit.",
        (Expect("NOR", "other", "8.5e10 NOK", period=(2026, 2026)),),
    ),
    Case(
        "die_eigene_truppe_erhaelt_ersatz",
        "Deutschland schickt der Ukraine vier Haubitzen. Die eigene Truppe erhält dafür 75 neue Panzerhaubitzen.",
        (Expect("DEU", "artillery", "4 system"),),
    ),
    Case(
        "was_der_wiederaufbau_kostet_ist_kein_versprechen",
        "Laut Weltbank wird der Wiederaufbau der Ukraine in den nächsten zehn Jahren rund 500 Milliarden Euro kosten.",
        (),
    ),
    Case(
        "eine_vertagte_entscheidung_sagt_nichts_zu",
        "Die EU-Staaten haben die Entscheidung über einen Kredit von 140 Milliarden Euro für die Ukraine vertagt.",
        (),
    ),
    Case(
        "ein_staat_neben_dem_empfaenger_empfaengt",
        "Österreich stockt die Hilfe für die Ukraine und die Republik Moldau um zehn Millionen Euro auf.",
        (Expect("AUT", "financial", "1e7 EUR"),),
    ),
    Case(
        "konjunktiv_gebe_ist_ein_gebendes_verb",
        "Dänemark beteiligt sich an der Initiative. Schweden gebe 275 Millionen Dollar, sagte der Minister.",
        (Expect("SWE", "military_general", "2.75e8 USD"),),
    ),
    Case(
        "konjunktiv_habe_uebergeben_ist_eine_bilanz",
        "Seit dem 24. Februar 2022 habe Rumänien der Ukraine aus eigenen Beständen insgesamt 40 Schützenpanzer "
        "übergeben, sagte der Minister.",
        (),
    ),
    Case(
        "konjunktiv_plane_ein",
        "Für 2027 plane die Regierung in Den Haag nun 3 Milliarden Euro Militärhilfe ein, statt der bisher "
        "vorgesehenen 2 Milliarden Euro.",
        (Expect("NLD", "military_general", "3e9 EUR", period=(2027, 2027)),),
    ),
    Case(
        "konjunktiv_sollten_zur_verfuegung_stehen",
        "Statt bisher zwei sollten im kommenden Jahr vier Milliarden Euro für die Ukraine zur Verfügung stehen, "
        "sagte der Kanzler.",
        (Expect("DEU", "military_general", "4e9 EUR", period=(2025, 2025)),),
        published="2024-05-02",
    ),
    Case(
        "ueber_etwas_verfuegen_ist_ein_bestand",
        "Oslo überlässt der Ukraine zwei Systeme. Das Heer hatte vor dem Krieg über zwölf Patriot-Feuereinheiten "
        "verfügt.",
        (Expect("NOR", "other", "2 system"),),
    ),
    Case(
        "uebersteigt_damit_ist_eine_summe",
        "Prag stellt weitere 5 Millionen Euro für die Ukraine bereit; die Hilfe übersteigt damit 200 Millionen Euro.",
        (Expect("CZE", "military_general", "5e6 EUR"),),
    ),
    Case(
        "die_lieferung_habe_einen_wert_gibt_ihr_die_kategorie",
        "Die Lieferung umfasst 20 Schützenpanzer. Die Lieferung habe einen Wert von 90 Millionen Euro, sagte der "
        "Minister in Oslo.",
        (Expect(None, "armour", "20 vehicle"), Expect(None, "armour", "9e7 EUR", same_as=0)),
    ),
    Case(
        "schweizer_schreibweise_ss_fuer_sz",
        "Grossbritannien liefert der Ukraine 14 Kampfpanzer; Bern äussert sich nicht, die Hilfe sei die grösste "
        "seit Kriegsbeginn.",
        (Expect("GBR", "armour", "14 vehicle"),),
    ),
    Case(
        "eine_aufzaehlung_nimmt_geber_und_empfaenger_aus_der_zeile_davor",
        "Das neue deutsche Paket für die Ukraine umfasst unter anderem:\n- 30 Kampfpanzer Leopard 1A5\n"
        "- 20 Schützenpanzer Marder\n- 4 Feuereinheiten IRIS-T SLM\n- 18 Radhaubitzen RCH 155",
        (
            Expect("DEU", "armour", "30 vehicle"),
            Expect("DEU", "armour", "20 vehicle"),
            Expect("DEU", "air_defence", "4 system"),
            Expect("DEU", "artillery", "18 system"),
        ),
    ),
    Case(
        "eine_aufzaehlung_nach_einer_bilanz_ist_keine_zusage",
        "Seit Kriegsbeginn hat Deutschland unter anderem geliefert:\n- 52 Flugabwehrkanonenpanzer Gepard\n"
        "- 18 Kampfpanzer Leopard 2A6\n- 40 Schützenpanzer Marder",
        (),
    ),
    Case(
        "ein_umbrochener_satz_ist_ein_satz",
        "Die Niederlande werden der Ukraine in diesem Jahr 18\nPanzerhaubitzen liefern, teilte das Ministerium in "
        "Den\nHaag mit.",
        (Expect("NLD", "artillery", "18 system", period=(2025, 2025)),),
        published="2025-03-01",
    ),
]


BLIND_RULES_13 = [
    Case(
        "geld_fuer_militaerische_und_zivile_zwecke_ist_other",
        "Dänemark stellt der Ukraine in den nächsten drei Jahren 9 Milliarden Kronen für militärische und zivile "
        "Zwecke bereit.",
        (Expect("DNK", "other", "9e9 DKK", period=(2025, 2027)),),
        published="2025-05-10",
    ),
    Case(
        "die_umrechnung_im_folgesatz_gibt_dem_betrag_seinen_zweck",
        "Schweden will die Ukraine bis 2027 mit 30 Milliarden Kronen unterstützen. Das sind 10 Milliarden Kronen im "
        "Jahr, die zu gleichen Teilen in zivile und militärische Hilfe fließen sollen.",
        (
            Expect("SWE", "other", "3e10 SEK", period=(None, 2027)),
            Expect("SWE", "other", "1e10 SEK / year", period=(None, 2027), same_as=0),
        ),
        published="2025-01-20",
    ),
    Case(
        "stromgeneratoren_sind_humanitaere_hilfe",
        "Das Technische Hilfswerk bringt 250 weitere Stromgeneratoren und 40 Heizgeräte in die Ukraine.",
        (Expect("DEU", "humanitarian", "250 piece"), Expect("DEU", "humanitarian", "40 piece")),
    ),
    Case(
        "im_passiv_gibt_wer_nach_werden_von_steht",
        "Außerdem werden von Finnland in diesem Jahr 200 Millionen Euro für die Luftverteidigung der Ukraine "
        "bereitgestellt.",
        (Expect("FIN", "air_defence", "2e8 EUR", period=(2025, 2025)),),
        published="2025-06-01",
    ),
    Case(
        "dollar_nach_kanadischen_dollar_ist_kanadisch",
        "Kanada schenkt der Ukraine Drohnen im Wert von 95 Millionen kanadischen Dollar; bezahlt wird aus einem "
        "Militärpaket über 500 Millionen Dollar.",
        (Expect("CAN", "drones", "9.5e7 CAD"), Expect("CAN", "military_general", "5e8 CAD")),
    ),
    Case(
        "einschliesslich_dieses_pakets_ist_eine_bilanz",
        "Schweden hat ein neues Paket über 2 Milliarden Kronen angekündigt. Einschließlich dieses Pakets beläuft sich "
        "die schwedische Hilfe auf 45 Milliarden Kronen.",
        (Expect("SWE", "military_general", "2e9 SEK"),),
    ),
    Case(
        "winterkleidung_wird_gezaehlt",
        "Österreich schickt der Ukraine 20.000 Winterjacken und 5000 Schlafsäcke.",
        (Expect("AUT", "other", "20000 piece"), Expect("AUT", "other", "5000 piece")),
    ),
    Case(
        "das_entspreche_in_indirekter_rede_ist_eine_umrechnung",
        "Finnland will der Ukraine bis 2027 insgesamt 3 Milliarden Euro geben. Das entspreche einer Milliarde Euro "
        "pro Jahr, sagte der Verteidigungsminister.",
        (
            Expect("FIN", "military_general", "3e9 EUR", period=(None, 2027)),
            Expect("FIN", "military_general", "1e9 EUR / year", period=(None, 2027), same_as=0),
        ),
    ),
    Case(
        "ein_auftrag_um_eigene_bestaende_aufzufuellen_ist_keine_zusage",
        "Die Bundeswehr bestellt 50 Panzerhaubitzen, um die an die Ukraine abgegebenen Bestände wieder aufzufüllen.",
        (),
    ),
    Case(
        "geld_fuer_minenraeumgeraet_ist_other",
        "Litauen gibt der Ukraine 12 Millionen Euro für Minenräumgeräte.",
        (Expect("LTU", "other", "1.2e7 EUR"),),
    ),
    Case(
        "humanitaere_minenraeumung_vor_dem_fenster_bleibt_humanitaer",
        "Für die humanitäre Minenräumung stellt Österreich der Ukraine in den Jahren 2025 bis 2028 insgesamt 40 "
        "Millionen Euro bereit.",
        (Expect("AUT", "humanitarian", "4e7 EUR", period=(2025, 2028)),),
    ),
    Case(
        "geld_fuer_die_it_koalition_ist_other",
        "Luxemburg zahlt weitere 8 Millionen Euro in die IT-Koalition für die Ukraine ein.",
        (Expect("LUX", "other", "8e6 EUR"),),
    ),
    Case(
        "was_nach_sowie_vor_der_naechsten_summe_steht_gehoert_ihr",
        "Kanada gibt der Ukraine 500 Millionen Dollar an Militärhilfe sowie Kredite über 2 Milliarden Dollar.",
        (Expect("CAN", "military_general", "5e8 CAD"), Expect("CAN", "financial", "2e9 CAD")),
    ),
    Case(
        "das_geld_im_folgesatz_fuer_militaerische_und_zivile_hilfe_ist_other",
        "Dänemark will der Ukraine bis 2028 insgesamt 20 Milliarden Kronen geben. Das Geld soll zu gleichen Teilen in "
        "militärische und in zivile Hilfe fließen.",
        (Expect("DNK", "other", "2e10 DKK", period=(None, 2028)),),
    ),
    Case(
        "die_kadenz_pro_minute_ist_keine_zusage",
        "Deutschland schickt 40.000 Schuss für den Gepard, dessen Kanonen über 1100 Schuss pro Minute abfeuern.",
        (Expect("DEU", "ammunition", "40000 round"),),
    ),
    Case(
        "stueck_ohne_nomen_zaehlt_was_der_satz_davor_zaehlte",
        "Norwegen hat der Ukraine acht Kampfpanzer Leopard 2A4 übergeben. Weitere vier Stück sollen im Sommer folgen.",
        (Expect("NOR", "armour", "8 vehicle"), Expect("NOR", "armour", "4 vehicle")),
    ),
    Case(
        "eine_gruppe_nach_fuer_empfaengt",
        "Luxemburg stellt für die IT-Koalition der Ukraine weitere 8 Millionen Euro bereit.",
        (Expect("LUX", "other", "8e6 EUR"),),
    ),
]


BLIND_RULES_14 = [
    Case(
        "ein_jahr_vor_einem_zahlwort_multipliziert_es_nicht",
        "Großbritannien will der Ukraine bis zum Ende des Haushaltsjahres im April 2026 hunderttausend Drohnen liefern.",
        (Expect("GBR", "drones", "100000 drone"),),
        published="2025-06-04",
    ),
    Case(
        "im_rahmen_der_tschechischen_initiative_gibt_wer_sonst_genannt_ist",
        "Schweden übergibt der Ukraine Funkgeräte, die über Polen geliefert werden, und gibt im Rahmen der "
        "tschechischen Initiative 40 Mio. Euro für Munition.",
        (Expect("SWE", "ammunition", "4e7 EUR"),),
    ),
    Case(
        "ueber_die_tschechische_initiative_ohne_anderen_geber_bleibt_tschechisch",
        "Über die tschechische Initiative sollen ab Juli 60.000 Artilleriegranaten an die Ukraine gehen, sagte der "
        "tschechische Präsident.",
        (Expect("CZE", "ammunition", "60000 round", period=(2024, None)),),
        published="2024-05-21",
    ),
    Case(
        "eine_kompanie_vor_einem_panzernamen_ist_eine_kompanie",
        "Warschau wird der Ukraine eine Kompanie Leopard-2-Panzer übergeben. Eine solche Einheit umfasst 14 "
        "Kampfpanzer.",
        (Expect("POL", "armour", "1 company"), Expect("POL", "armour", "14 vehicle", same_as=0)),
    ),
    Case(
        "pro_jahr_sind_das_ist_die_rate_der_umrechnung",
        "Norwegen hat Militärhilfe über 50 Milliarden Kronen für 2024 bis 2028 beschlossen. Pro Jahr sind das 10 "
        "Milliarden Kronen.",
        (
            Expect("NOR", "military_general", "5e10 NOK", period=(2024, 2028)),
            Expect("NOR", "military_general", "1e10 NOK / year", period=(2024, 2028), same_as=0),
        ),
    ),
    Case(
        "der_zeitplan_nach_der_gesamtzahl_im_selben_satz_ist_keine_zusage",
        "Norwegen gibt der Ukraine 12 F-16: vier noch in diesem Jahr, fünf weitere 2025 und die letzten drei 2026.",
        (Expect("NOR", "aircraft", "12 aircraft"),),
        published="2024-06-01",
    ),
    Case(
        "bereits_uebersteigende_hilfe_ist_eine_gesamtsumme",
        "Japan liefert der Ukraine 80 Fahrzeuge. Die japanische Hilfe für das Land übersteigt bereits 6 Milliarden "
        "Dollar.",
        (Expect("JPN", "other", "80 vehicle"),),
    ),
    Case(
        "in_aussicht_gestellte_militaergueter_sind_zugesagt",
        "Beim Gipfel stellte der Verteidigungsminister Militärgüter im Wert von rund 500 Millionen Euro in Aussicht.",
        (Expect(None, "military_general", "5e8 EUR"),),
    ),
    Case(
        "obendrauf_gelegtes_geld_ist_zugesagt",
        "Belgien sagt der Ukraine ein Militärpaket über 80 Millionen Euro zu. Für humanitäre Zwecke legt die "
        "Regierung 20 Mio. Euro obendrauf.",
        (Expect("BEL", "military_general", "8e7 EUR"), Expect("BEL", "humanitarian", "2e7 EUR")),
    ),
    Case(
        "zusammen_sind_das_ist_eine_summe_keine_umrechnung",
        "Kanada sagt der Ukraine zwei Milliarden Dollar für Drohnen zu. Hinzu kommt ein Kredit über 1,5 Milliarden "
        "Dollar. Zusammen sind das 3,5 Milliarden Dollar.",
        (Expect("CAN", "drones", "2e9 CAD"), Expect("CAN", "financial", "1.5e9 CAD")),
    ),
    Case(
        "das_berliner_paket_ist_deutsch",
        "Das Berliner Paket für die Ukraine sieht sechs Feuereinheiten IRIS-T SLM vor.",
        (Expect("DEU", "air_defence", "6 system"),),
    ),
    Case(
        "zusaetzlich_folgt_ein_system_zur_zahl_des_satzes_davor",
        "Schweden werde der Ukraine rund 50 Schützenpanzer CV90 übergeben. Zusätzlich solle ein Radarsystem folgen.",
        (Expect("SWE", "armour", "50 vehicle"), Expect("SWE", "other", "1 system")),
    ),
    Case(
        "ein_rahmen_der_von_a_auf_b_waechst_ist_b",
        "Norwegen stockt seine Hilfe für die Ukraine auf. Der Rahmen des Programms wächst von 60 auf 90 Milliarden "
        "Kronen.",
        (Expect("NOR", "other", "9e10 NOK"),),
    ),
    Case(
        "seit_dem_24_februar_ist_eine_gesamtsumme",
        "Seit dem 24. Februar 2022 hat Irland nach Angaben der Regierung mehr als 120 Millionen Euro an Hilfe für die "
        "Ukraine geleistet.",
        (),
    ),
    Case(
        "eine_abgelehnte_weitergabe_ist_keine_zusage",
        "Mit Verweis auf ihre Neutralität lehnt die Schweiz die Weitergabe von rund 5.000 Schuss Munition an die "
        "Ukraine ab.",
        (),
    ),
    Case(
        "teil_eines_groesseren_pakets_ist_nicht_die_zusage_des_gebers",
        "Die Weltbank gibt der Ukraine einen Kredit über 1,5 Milliarden Dollar. Er ist Teil eines größeren Pakets von "
        "20 Milliarden Dollar.",
        (Expect("WB", "financial", "1.5e9 USD"),),
    ),
    Case(
        "geld_fuer_die_ausbildung_ist_personal",
        "Großbritannien gibt in diesem Jahr 200 Millionen Pfund für die Ausbildung ukrainischer Soldaten aus.",
        (Expect("GBR", "personnel", "2e8 GBP", period=(2025, 2025)),),
        published="2025-06-04",
    ),
    Case(
        "eine_summe_aus_militaerischen_und_zivilen_teilen_ist_other",
        "Norwegen gibt der Ukraine 30 Milliarden Kronen, davon 20 Milliarden für militärische Hilfe und 10 Milliarden "
        "für humanitäre Zwecke.",
        (
            Expect("NOR", "other", "3e10 NOK"),
            Expect("NOR", "military_general", "2e10 NOK"),
            Expect("NOR", "humanitarian", "1e10 NOK"),
        ),
    ),
    Case(
        "davon_nach_einer_gesamtsumme_ist_keine_zusage",
        "Seit Kriegsbeginn summiert sich die Hilfe Schwedens für die Ukraine auf rund 9 Milliarden Euro, davon 6 "
        "Milliarden für militärische Zwecke.",
        (),
    ),
    Case(
        "freigegeben_und_gebilligt_sind_zusagen",
        "Der Haushaltsausschuss gibt zwei Milliarden Euro zusätzliche Militärhilfe für die Ukraine frei. Zudem "
        "billigten die Abgeordneten Verpflichtungsermächtigungen über 6 Milliarden Euro für die Jahre 2026 bis 2028.",
        (
            Expect("DEU", "military_general", "2e9 EUR"),
            Expect("DEU", "military_general", "6e9 EUR", period=(2026, 2028)),
        ),
    ),
    Case(
        "zusammen_also_die_summe_der_betraege_davor_ist_keine_zusage",
        "Vor dem Treffen der Kontaktgruppe sagte Pistorius, der Bundestag habe zwei Milliarden Euro für dieses Jahr "
        "freigegeben. Hinzu kämen fünf Milliarden Euro bis 2028, zusammen also sieben Milliarden Euro.",
        (
            Expect("DEU", "military_general", "2e9 EUR", period=(2025, 2025)),
            Expect("DEU", "military_general", "5e9 EUR", period=(None, 2028)),
        ),
        published="2025-04-11",
    ),
    Case(
        "bruessel_ist_belgien_wenn_der_text_belgien_nennt",
        "Belgien will der Ukraine 20 F-16 überlassen. Für dieses Jahr sagt Brüssel zudem 500 Millionen Euro "
        "Militärhilfe zu.",
        (Expect("BEL", "aircraft", "20 aircraft"), Expect("BEL", "military_general", "5e8 EUR", period=(2024, 2024))),
        published="2024-05-28",
    ),
    Case(
        "bruessel_allein_ist_die_eu",
        "Brüssel sagt der Ukraine weitere 5 Milliarden Euro Militärhilfe zu.",
        (Expect("EU", "military_general", "5e9 EUR"),),
    ),
    Case(
        "eine_operation_ist_keine_ration",
        "Für die Ausbildung ukrainischer Soldaten im Rahmen der Operation Interflex gibt London 200 Millionen Pfund.",
        (Expect("GBR", "personnel", "2e8 GBP"),),
    ),
    Case(
        "amerikanische_waffen_die_ein_anderer_staat_bezahlt",
        "Die Niederlande finanzieren ein Paket: Mit 400 Millionen Euro sollen amerikanische Waffen für die Ukraine "
        "gekauft werden.",
        (Expect("NLD", "military_general", "4e8 EUR"),),
    ),
    Case(
        "ein_ziviler_zweck_reicht_in_die_naechsten_saetze",
        "Rund 70 Staaten sagten in Paris mehr als eine Milliarde Euro an Winter-Soforthilfe für die Ukraine zu. "
        "Gastgeber Frankreich trägt 100 Millionen Euro bei.",
        (Expect(None, "humanitarian", "1e9 EUR", low="1e9 EUR"), Expect("FRA", "humanitarian", "1e8 EUR")),
    ),
    Case(
        "ein_militaerischer_zweck_reicht_nicht_in_den_naechsten_satz",
        "Deutschland sagt der Ukraine 500 Millionen Euro für Drohnen zu. Frankreich gibt 100 Millionen Euro.",
        (Expect("DEU", "drones", "5e8 EUR"), Expect("FRA", "military_general", "1e8 EUR")),
    ),
    Case(
        "ein_forum_in_warschau_gibt_nichts",
        "Beim Warschauer Sicherheitsforum stellte Pistorius der Ukraine zwei weitere Patriot-Systeme in Aussicht.",
        (Expect("DEU", "air_defence", "2 system"),),
    ),
    Case(
        "russische_grossangriffe_sind_keine_zusage",
        "Deutschland liefert der Ukraine zwei Patriot-Systeme. Die jüngsten russischen Großangriffe mit mehr als 500 "
        "Drohnen zeigten, wie dringend sie gebraucht würden.",
        (Expect("DEU", "air_defence", "2 system"),),
    ),
    Case(
        "insgesamt_nach_einer_einigung_ist_keine_bilanz",
        "Die G7-Staaten haben sich auf Kredite von insgesamt 40 Milliarden Dollar für die Ukraine verständigt. Die EU "
        "steuert 15 Milliarden Dollar bei.",
        (
            Expect(None, "financial", "4e10 USD"),
            Expect("EU", "financial", "1.5e10 USD"),
        ),
    ),
]


BLIND_RULES_15 = [
    Case(
        "drei_seiner_37_panzer_zaehlt_den_teil",
        "Portugal überlässt der Ukraine drei seiner 37 Kampfpanzer vom Typ Leopard 2A6.",
        (Expect("PRT", "armour", "3 vehicle"),),
    ),
    Case(
        "zwei_ihrer_drei_systeme_zaehlt_den_teil",
        "Die Niederlande geben zwei ihrer drei Patriot-Systeme an die Ukraine ab.",
        (Expect("NLD", "air_defence", "2 system"),),
    ),
    Case(
        "steigt_ihre_zahl_auf_ist_eine_bilanz",
        "Spanien liefert vier weitere Leopard-Panzer. Sechs Panzer waren schon im Frühjahr eingetroffen; mit der neuen "
        "Lieferung steigt ihre Zahl auf zehn.",
        (Expect("ESP", "armour", "4 vehicle"), Expect("ESP", "armour", "6 vehicle")),
    ),
    Case(
        "damit_summiere_sich_ist_eine_bilanz",
        "Berlin stockt seine Hilfe um 1,9 Milliarden Euro auf. Damit summiere sich die Unterstützung auf neun "
        "Milliarden Euro.",
        (Expect("DEU", "military_general", "1.9e9 EUR"),),
    ),
    Case(
        "was_ein_bataillon_ueblicherweise_umfasst_ist_keine_zusage",
        "Deutschland liefert 14 Leopard-Panzer. Ein ukrainisches Bataillon umfasst üblicherweise 31 Kampfpanzer.",
        (Expect("DEU", "armour", "14 vehicle"),),
    ),
    Case(
        "seit_ihrem_start_ausgebildet_ist_eine_bilanz",
        "Seit ihrem Start hat die EU-Ausbildungsmission 60.000 ukrainische Soldaten ausgebildet.",
        (),
    ),
    Case(
        "geld_ueber_den_winter_ist_humanitaer",
        "Die Geber sagten in Paris eine Milliarde Euro zu, um der Ukraine über den Winter zu helfen.",
        (Expect(None, "humanitarian", "1e9 EUR"),),
    ),
    Case(
        "herstellung_in_der_ukraine_zu_finanzieren_ist_hilfe",
        "Deutschland finanziert mit fünf Milliarden Euro die Herstellung von Langstreckenwaffen in der Ukraine.",
        (Expect("DEU", "military_general", "5e9 EUR"),),
    ),
    Case(
        "ihren_wert_beziffert_im_naechsten_satz",
        "Australien gibt der Ukraine 49 Abrams-Panzer ab. Canberra beziffert ihren Wert auf 245 Millionen australische "
        "Dollar.",
        (Expect("AUS", "armour", "49 vehicle"), Expect("AUS", "armour", "2.45e8 AUD", same_as=0)),
    ),
    Case(
        "gemeinsam_beisteuern_ist_eine_zusage",
        "Die Niederlande finanzieren Waffen für die Ukraine mit 500 Millionen Euro. Dänemark, Norwegen und Schweden "
        "wollen gemeinsam 500 Millionen Dollar beisteuern.",
        (Expect("NLD", "military_general", "5e8 EUR"), Expect(None, "military_general", "5e8 USD")),
    ),
    Case(
        "die_eu_ueberwies_ist_eine_zahlung",
        "Erstmals fließt Geld aus russischen Zinserträgen an die Ukraine. Die EU überwies am Freitag 1,5 Mrd. Euro.",
        (Expect("EU", "military_general", "1.5e9 EUR"),),
    ),
    Case(
        "was_fuer_ein_bataillon_noetig_ist_ist_keine_zusage",
        "Portugal gibt drei Leopard 2A6 ab. Für ein vollständiges Bataillon sind allerdings 31 Fahrzeuge nötig.",
        (Expect("PRT", "armour", "3 vehicle"),),
    ),
    Case(
        "die_kosten_teilen_sich_zwei_saetze_spaeter",
        "Dänemark und die Niederlande beschaffen 14 Leopard-Panzer für die Ukraine. Die Auslieferung soll Anfang 2024 "
        "beginnen. Die Kosten von 165 Millionen Euro teilen sich beide Länder.",
        (
            Expect(None, "armour", "14 vehicle", period=(2024, 2024)),
            Expect(None, "armour", "1.65e8 EUR", same_as=0),
        ),
    ),
    Case(
        "was_angekommen_sein_wird_ist_fortschritt",
        "Die EU hatte eine Million Artilleriegranaten zugesagt. Bis März werden aber nur gut die Hälfte, rund 524.000 "
        "Granaten, angekommen sein.",
        (Expect("EU", "ammunition", "1e6 round"),),
    ),
    Case(
        "noch_im_dezember_ist_dieses_jahr",
        "Scholz sagte in Kiew weitere Rüstungsgüter im Wert von 650 Millionen Euro zu, die noch im Dezember geliefert "
        "werden sollen.",
        (Expect("DEU", "military_general", "6.5e8 EUR", period=(2024, 2024)),),
        published="2024-12-02",
    ),
    Case(
        "bis_zum_ende_des_ersten_quartals",
        "Berlin will der Ukraine bis zum Ende des ersten Quartals 40 Schützenpanzer Marder liefern.",
        (Expect("DEU", "armour", "40 vehicle", period=(None, 2023)),),
        published="2023-01-05",
    ),
    Case(
        "ihr_wert_wird_mit_angegeben_und_inzwischen_insgesamt",
        "Australien schickt 49 Abrams-Panzer in die Ukraine; ihr Wert wird mit 245 Millionen australischen Dollar "
        "angegeben. Insgesamt beziffert Canberra seine Hilfe inzwischen auf 1,3 Milliarden australische Dollar.",
        (Expect("AUS", "armour", "49 vehicle"), Expect("AUS", "armour", "2.45e8 AUD", same_as=0)),
    ),
    Case(
        "finanzbedarf_ist_kein_versprechen",
        "Deutschland gibt der Ukraine eine Milliarde Euro für den Staatshaushalt. Kiew beziffert seinen Finanzbedarf "
        "auf fünf Milliarden Dollar im Monat.",
        (Expect("DEU", "financial", "1e9 EUR"),),
    ),
    Case(
        "ein_verteidigungsbudget_ist_keine_hilfe",
        "Das österreichische Verteidigungsbudget steigt um 680 Mio. Euro auf 3,3 Mrd. Euro, auch wegen des Kriegs in der "
        "Ukraine.",
        (),
    ),
    Case(
        "eine_jahresproduktion_ist_keine_zusage",
        "Rheinmetall will seine Jahresproduktion für die Ukraine bis 2025 auf 700.000 Schuss steigern.",
        (),
    ),
    Case(
        "im_jahr_2023_ist_keine_rate_und_die_rate_nennt_den_zweck",
        "Die EU hat ein Hilfspaket über 18 Milliarden Euro für die Ukraine im Jahr 2023 beschlossen. Mit den "
        "zinsgünstigen Krediten – im Schnitt 1,5 Milliarden Euro pro Monat – soll Kiew Löhne und Renten bezahlen.",
        (
            Expect("EU", "financial", "1.8e10 EUR", period=(2023, 2023)),
            Expect("EU", "financial", "1.5e9 EUR / month", period=(2023, 2023), same_as=0),
        ),
        published="2022-12-10",
    ),
    Case(
        "eine_kompanie_aus_bestaenden_der_bundeswehr_ueberlassen",
        "Die Bundesregierung will der Ukraine zunächst eine Kompanie Kampfpanzer vom Typ Leopard 2A6 aus Beständen der "
        "Bundeswehr überlassen.",
        (Expect("DEU", "armour", "1 company"),),
    ),
    Case(
        "zudem_ein_ortungsradar_nach_dem_system_des_satzes_davor",
        "Deutschland werde der Ukraine ein Flugabwehrsystem vom Typ Iris-T SLM liefern. Zudem werde man ein "
        "Ortungsradar bereitstellen.",
        (Expect("DEU", "air_defence", "1 system"), Expect("DEU", "other", "1 system")),
    ),
    Case(
        "zehn_stridsvagn_122_sind_zehn_panzer",
        "Norwegen schickt acht Leopard 2A4, Schweden bis zu zehn Stridsvagn 122.",
        (Expect("NOR", "armour", "8 vehicle"), Expect("SWE", "armour", "10 vehicle", high="10 vehicle")),
    ),
    Case(
        "geld_fuer_die_bundeswehr_selbst_ist_keine_hilfe",
        "Die Bundesregierung will die Militärhilfe für die Ukraine auf acht Milliarden Euro verdoppeln. Für die "
        "Bundeswehr selbst sind 2024 knapp 52 Mrd. Euro vorgesehen.",
        (Expect("DEU", "military_general", "8e9 EUR"),),
    ),
    Case(
        "ein_kredit_fuer_militaerische_zwecke_ist_militaerisch",
        "Großbritannien gewährt der Ukraine einen Kredit über 2,26 Milliarden Pfund. Das Geld ist ausschließlich für "
        "militärische Zwecke bestimmt.",
        (Expect("GBR", "military_general", "2.26e9 GBP"),),
    ),
    Case(
        "was_die_armee_am_tag_verschiessen_kann_ist_verbrauch",
        "Deutschland liefert der Ukraine 120.000 Schuss Artilleriemunition. Nach ukrainischen Angaben kann die Armee "
        "derzeit nur etwa 2.000 Granaten verschießen, ein Bruchteil des russischen Verbrauchs.",
        (Expect("DEU", "ammunition", "1.2e5 round"),),
    ),
    Case(
        "aus_bundeswehrbestaenden_ist_deutschland",
        "Sieben Panzerhaubitzen 2000 aus Bundeswehrbeständen sind in der Ukraine eingetroffen. Fünf weitere Geschütze "
        "dieses Typs steuern die Niederlande bei.",
        (Expect("DEU", "artillery", "7 system"), Expect("NLD", "artillery", "5 system")),
    ),
    Case(
        "was_ein_hersteller_im_monat_bauen_kann_ist_kapazitaet",
        "Frankreich bezahlt der Ukraine in diesem Jahr zwölf Caesar-Haubitzen; der Hersteller kann inzwischen sechs "
        "Caesar im Monat bauen.",
        (Expect("FRA", "artillery", "12 system", period=(2024, 2024)),),
        published="2024-01-16",
    ),
]


BLIND_RULES_16 = [
    Case(
        "kauft_in_den_usa_ein_system_fuer_die_ukraine",
        "Die Niederlande kaufen in den USA ein Radarsystem vom Typ AN/TPQ-50 für die Ukraine.",
        (Expect("NLD", "other", "1 system"),),
    ),
    Case(
        "kauft_in_den_usa_ein_system_fuer_sich_ist_keine_zusage",
        "Die Niederlande kaufen in den USA ein Radarsystem für die eigene Armee.",
        (),
    ),
    Case(
        "bezifferte_die_kosten_auf_ist_der_wert",
        "Kanada kauft in den USA ein Flugabwehrsystem vom Typ NASAMS für die Ukraine. Verteidigungsministerin Anand "
        "bezifferte die Kosten auf 406 Millionen kanadische Dollar.",
        (Expect("CAN", "air_defence", "1 system"), Expect("CAN", "air_defence", "4.06e8 CAD", same_as=0)),
    ),
    Case(
        "nun_insgesamt_ist_eine_bilanz",
        "Die EU gibt der Ukraine weitere 500 Millionen Euro für Waffen. Aus der Friedensfazilität stehen nun insgesamt "
        "zwei Milliarden Euro für Waffen und Munition bereit.",
        (Expect("EU", "military_general", "5e8 EUR"),),
    ),
    Case(
        "die_drei_uebrigen_sind_ein_teil_der_zusage",
        "Von den vier zugesagten Flugabwehrsystemen ist das erste angekommen. Die drei übrigen Systeme sollen bis "
        "Jahresende folgen.",
        (Expect(None, "air_defence", "4 system"),),
    ),
    Case(
        "die_restlichen_fuenf_ohne_groessere_zusage_zaehlen",
        "Tschechien überlässt der Ukraine seine fünf restlichen Kampfhubschrauber.",
        (Expect("CZE", "aircraft", "5 helicopter"),),
    ),
    Case(
        "staat_nach_komma_ist_ein_zweiter_geber",
        "Dänemark will zwölf Panzer vom Typ Leopard 1 beisteuern, Norwegen acht Leopard 2.",
        (Expect("DNK", "armour", "12 vehicle"), Expect("NOR", "armour", "8 vehicle")),
    ),
    Case(
        "staat_nach_dem_verb_bleibt_ein_empfaenger",
        "Deutschland liefert Tschechien 15 Kampfpanzer als Ausgleich.",
        (),
    ),
    Case(
        "zweiter_besuch_seit_kriegsbeginn_ist_keine_bilanz",
        "Bei ihrem dritten Besuch in Kiew seit Kriegsbeginn sagte Baerbock weitere 200 Millionen Euro für die "
        "Ukraine zu.",
        (Expect("DEU", "military_general", "2e8 EUR"),),
    ),
    Case(
        "den_wert_beziffert_ist_der_wert_der_zahl_davor",
        "Kanada schickt der Ukraine 39 gepanzerte Fahrzeuge. Den Wert beziffert die Regierung auf 90 Millionen "
        "kanadische Dollar.",
        (Expect("CAN", "armour", "39 vehicle"), Expect("CAN", "armour", "9e7 CAD", same_as=0)),
    ),
    Case(
        "belaeuft_sich_damit_ist_eine_bilanz",
        "Japan sagt der Ukraine weitere 4,5 Milliarden Dollar zu. Insgesamt beläuft sich die Hilfe Tokios damit auf "
        "zwölf Milliarden Dollar.",
        (Expect("JPN", "financial", "4.5e9 USD"),),
    ),
    Case(
        "waren_noch_eingeplant_ist_ueberholt",
        "Für 2025 stellt die Bundesregierung nun neun Milliarden Euro an Militärhilfe für die Ukraine bereit; im Entwurf "
        "waren noch sechs Milliarden Euro eingeplant.",
        (Expect("DEU", "military_general", "9e9 EUR", period=(2025, 2025)),),
    ),
    Case(
        "die_urspruenglich_fuer_ein_jahr_eingeplanten_sind_ueberholt",
        "Dänemark verdoppelt seine Hilfe für die Ukraine auf 20 Milliarden Kronen, statt der ursprünglich für 2024 "
        "eingeplanten zehn Milliarden Kronen.",
        (Expect("DNK", "military_general", "2e10 DKK", period=(2024, 2024)),),
    ),
    Case(
        "stellen_einem_staat_in_aussicht_ist_ein_ringtausch",
        "Die USA stellen Polen zudem acht Kampfhubschrauber zu günstigen Bedingungen in Aussicht.",
        (),
    ),
    Case(
        "bieten_einem_staat_ist_ein_ringtausch",
        "Als Ausgleich bieten die Niederlande der Slowakei zwölf Schützenpanzer an.",
        (),
    ),
    Case(
        "zweier_ist_zwei",
        "Die Lieferung zweier weiterer Flugabwehrsysteme vom Typ IRIS-T aus Deutschland an die Ukraine hat begonnen.",
        (Expect("DEU", "air_defence", "2 system"),),
    ),
    Case(
        "die_wiederbeschaffung_zweier_systeme_ist_keine_zusage",
        "Ein Teil des Geldes ist für die Wiederbeschaffung zweier Patriot-Systeme der Bundeswehr gedacht.",
        (),
    ),
    Case(
        "waren_dafuer_zunaechst_eingeplant_ist_ueberholt",
        "Für die Ukraine sollen 2026 nun elf Milliarden Euro bereitstehen. Im Entwurf waren dafür zunächst rund acht "
        "Milliarden Euro eingeplant gewesen.",
        (Expect(None, "military_general", "1.1e10 EUR", period=(2026, 2026)),),
    ),
    Case(
        "kauft_ein_system_und_ueberlaesst_es",
        "Norwegen kauft in den USA ein Radarsystem und überlässt es der Ukraine.",
        (Expect("NOR", "other", "1 system"),),
    ),
    Case(
        "uebernehmen_jeweils_ist_eine_zusage",
        "Die G7 haben der Ukraine Kredite von 50 Milliarden Dollar zugesagt. Japan übernimmt rund drei Milliarden "
        "Dollar.",
        (Expect(None, "financial", "5e10 USD"), Expect("JPN", "financial", "3e9 USD")),
    ),
    Case(
        "ein_adjektiv_mit_bindestrich_vor_dem_nomen",
        "Deutschland hat der Ukraine rund 2.000 KI-gestützte Aufklärungsdrohnen zugesagt.",
        (Expect("DEU", "drones", "2000 drone"),),
    ),
    Case(
        "im_bisherigen_entwurf_ist_ueberholt",
        "Die Bundesregierung will 2026 zehn Milliarden Euro für die Ukraine bereitstellen. Im bisherigen Entwurf "
        "waren dafür rund sieben Milliarden Euro vorgesehen.",
        (Expect("DEU", "military_general", "1e10 EUR", period=(2026, 2026)),),
    ),
    Case(
        "ein_abgelehntes_angebot_ist_keine_zusage",
        "Die Slowakei hatte angeboten, der Ukraine zehn Hubschrauber zu überlassen. Die Regierung in Kiew lehnte das "
        "Angebot als zu teuer ab.",
        (),
    ),
]


BLIND_RULES_17 = [
    Case(
        "ueber_eine_zahl_zu_verfuegen_ist_ein_bestand",
        "Mehrere Staaten wollen gemeinsam 100 Kampfpanzer überlassen. Der Hersteller hatte zuvor erklärt, über 88 "
        "ausgemusterte Panzer zu verfügen.",
        (Expect(None, "armour", "100 vehicle"),),
    ),
    Case(
        "die_mittel_sollen_in_den_jahren_fliessen_datiert_die_summe_davor",
        "Die EU hat der Ukraine ein Hilfspaket von 20 Milliarden Euro zugesagt. Die Mittel sollen in den Jahren 2025 bis "
        "2027 fließen, davon acht Milliarden Euro für Munition.",
        (
            Expect("EU", "military_general", "2e10 EUR", period=(2025, 2027)),
            Expect("EU", "ammunition", "8e9 EUR", period=(2025, 2027)),
        ),
    ),
    Case(
        "ausgesetzte_lieferungen_sind_keine_zusage",
        "Lieferungen im Wert von mehr als einer Milliarde Dollar werden damit vorerst ausgesetzt.",
        (),
    ),
    Case(
        "seit_beginn_der_ausbildung_ist_eine_bilanz",
        "Seit Beginn der Ausbildungsmission hat die Bundeswehr bereits mehr als 8.000 ukrainische Soldaten trainiert.",
        (),
    ),
    Case(
        "ein_plan_ohne_mehrheit_gibt_nichts",
        "Der Plan, bis zu 40 Milliarden Euro für die Ukraine einzusammeln, fand beim Gipfel keine Mehrheit.",
        (),
    ),
    Case(
        "geld_fuer_die_eigene_verteidigung_ist_kein_beitrag",
        "Das Programm soll bis zu 800 Milliarden Euro für Europas eigene Verteidigung mobilisieren.",
        (),
    ),
    Case(
        "im_vergangenen_jahr_insgesamt_ist_eine_bilanz",
        "Über die Initiative sind im vergangenen Jahr insgesamt rund 800.000 Schuss in die Ukraine gelangt, teilte die "
        "Regierung in Prag mit.",
        (),
        published="2025-01-08",
    ),
    Case(
        "tags_zuvor_ist_keine_ueberholte_zahl",
        "Die Slowakei will der Ukraine 13 Kampfjets überlassen. Polen hatte tags zuvor vier MiG-29 zugesagt.",
        (Expect("SVK", "aircraft", "13 aircraft"), Expect("POL", "aircraft", "4 aircraft")),
    ),
    Case(
        "waren_zuvor_ist_ueberholt",
        "Für 2025 sind nun sieben Milliarden Euro für die Ukraine eingeplant. Zuvor waren vier Milliarden Euro "
        "vorgesehen.",
        (Expect(None, "military_general", "7e9 EUR", period=(2025, 2025)),),
    ),
    Case(
        "was_die_ukraine_selbst_kaufen_will_nach_einem_kauf_fuer_sie",
        "Norwegen will zwei Flugabwehrsysteme in den USA kaufen und an die Ukraine weitergeben. Selenskyj hatte zuvor "
        "erklärt, sein Land wolle zehn weitere Systeme erwerben.",
        (Expect("NOR", "air_defence", "2 system"),),
    ),
    Case(
        "nur_die_haelfte_ankommen_ist_der_fortschritt",
        "Die EU wird ihr Versprechen, der Ukraine 800.000 Granaten zu liefern, verfehlen. Bis zum Stichtag dürfte nur "
        "gut die Hälfte ankommen, rund 420.000 Schuss.",
        (Expect("EU", "ammunition", "800000 round"),),
    ),
    Case(
        "von_der_zugesagten_menge_nur_ein_teil_geliefert",
        "Von den zugesagten 800.000 Granaten wird die EU der Ukraine bis Ende März nur gut 420.000 Stück geliefert "
        "haben.",
        (Expect("EU", "ammunition", "800000 round"),),
    ),
    Case(
        "eine_bilanz_ist_keine_zusage",
        "Die Initiative hat der Ukraine im vergangenen Jahr insgesamt rund eine Million Schuss geliefert, bilanzierte "
        "der Regierungschef.",
        (),
    ),
    Case(
        "ein_zuschuss_ist_keine_munition",
        "Berlin gewährt der Ukraine einen Zuschuss von 500 Millionen Euro für den Staatshaushalt.",
        (Expect("DEU", "financial", "5e8 EUR"),),
    ),
    Case(
        "im_rahmen_einer_nato_initiative_zahlt_der_staat",
        "Schweden werde im Rahmen der Nato-Initiative PURL ein Paket mit amerikanischen Waffen im Wert von 275 Millionen "
        "Dollar für die Ukraine bezahlen.",
        (Expect("SWE", "military_general", "2.75e8 USD"),),
    ),
    Case(
        "im_rahmen_einer_eu_mission_gibt_die_eu",
        "Im Rahmen der EU-Ausbildungsmission sollen bis Jahresende weitere 15.000 ukrainische Soldaten ausgebildet "
        "werden.",
        (Expect("EU", "personnel", "15000 person"),),
    ),
    Case(
        "ausgaben_des_etats_sind_kein_beitrag",
        "Berlin hebt die Mittel für die Ukraine im nächsten Jahr auf 2,2 Milliarden Euro an. Insgesamt sieht der "
        "Etat Ausgaben von 476 Milliarden Euro vor.",
        (Expect("DEU", "military_general", "2.2e9 EUR"),),
    ),
    Case(
        "zur_verfuegung_stellen_am_satzende_gibt",
        "„Wir werden acht Schützenpanzer aus Beständen der Bundeswehr zur Verfügung stellen“, sagte der Minister.",
        (Expect("DEU", "armour", "8 vehicle"),),
    ),
    Case(
        "stueck_nach_einer_zahl_im_satz_nimmt_ihre_kategorie",
        "Berlin hatte zunächst zwölf Schützenpanzer angekündigt und schickt nun 16 Stück an die Ukraine.",
        (Expect("DEU", "armour", "12 vehicle"), Expect("DEU", "armour", "16 vehicle")),
    ),
    Case(
        "finanz_und_militaerhilfe_ist_beides",
        "Kanada sagt der Ukraine Finanz- und Militärhilfe von mehr als zwei Milliarden kanadischen Dollar zu.",
        (Expect("CAN", "other", "2e9 CAD", low="2e9 CAD"),),
    ),
    Case(
        "geld_fuer_das_stromnetz_ist_humanitaer",
        "Die EU stellt der Ukraine weitere 160 Millionen Euro für die Reparatur des Stromnetzes bereit.",
        (Expect("EU", "humanitarian", "1.6e8 EUR"),),
    ),
    Case(
        "genug_fuer_eine_kompanie_restatet_die_zahl",
        "Spanien gibt der Ukraine zehn Kampfpanzer Leopard 2A4 – genug für eine Kompanie.",
        (Expect("ESP", "armour", "10 vehicle"), Expect("ESP", "armour", "1 company", same_as=0)),
    ),
    Case(
        "umfasst_trennt_den_wert_des_pakets_von_seinen_teilen",
        "Schweden schnürt ein neues Hilfspaket: Es hat einen Wert von fünf Milliarden Kronen (rund 440 Millionen Euro) "
        "und umfasst erstmals zwei Aufklärungsflugzeuge vom Typ ASC 890.",
        (
            Expect("SWE", "military_general", "5e9 SEK"),
            Expect("SWE", "military_general", "4.4e8 EUR", same_as=0),
            Expect("SWE", "aircraft", "2 aircraft"),
        ),
    ),
    Case(
        "ein_ziel_erhoeht_auf_eine_blosse_zahl",
        "Die EU wollte zunächst 15.000 ukrainische Soldaten ausbilden; das Ziel wurde später auf 40.000 erhöht.",
        (Expect("EU", "personnel", "40000 person"),),
    ),
    Case(
        "eine_behauptete_summe_ist_keine_zusage",
        "Trump behauptete erneut, die USA hätten der Ukraine 350 Milliarden Dollar gegeben.",
        (),
    ),
    Case(
        "eine_ukrainische_brigade_ausgebildet_ist_eine_zusage",
        "Polen will Kampfjets abgeben. Zudem soll eine ukrainische Brigade mit 3.000 Soldaten in Polen ausgebildet "
        "werden.",
        (Expect("POL", "personnel", "1 brigade"), Expect("POL", "personnel", "3000 person", same_as=0)),
    ),
    Case(
        "fahrzeuge_auf_dem_hof_des_herstellers_sind_ein_bestand",
        "Berlin erlaubt die Abgabe von Flugabwehrpanzern an die Ukraine. Der Hersteller hat noch rund 40 dieser "
        "Fahrzeuge auf dem Hof stehen.",
        (),
    ),
    Case(
        "zusammen_mit_einem_nach_einer_zahl_ist_eins",
        "Kanada schickt vier weitere Leopard-2-Panzer, zusammen mit einem Bergepanzer.",
        (Expect("CAN", "armour", "4 vehicle"), Expect("CAN", "armour", "1 vehicle")),
    ),
    Case(
        "auszahlung_vor_einer_bilanz_ist_eine_zusage",
        "Der IWF zahlt der Ukraine weitere 900 Millionen Dollar aus, womit die Auszahlungen aus dem Programm insgesamt "
        "auf 5,4 Milliarden Dollar steigen.",
        (Expect("IMF", "financial", "9e8 USD"),),
    ),
    Case(
        "ein_teil_eines_pakets_gibt_ihm_nicht_seine_kategorie",
        "Washington liefert der Ukraine Streumunition als Teil eines neuen Pakets über 400 Millionen Dollar.",
        (Expect("USA", "military_general", "4e8 USD"),),
    ),
    Case(
        "zahl_in_einem_paket_im_wert_von_ist_ihr_wert",
        "Portugal schickt der Ukraine drei Kampfpanzer vom Typ Leopard 2A6 in einem Paket im Wert von 20 Millionen Euro.",
        (Expect("PRT", "armour", "3 vehicle"), Expect("PRT", "armour", "2e7 EUR", same_as=0)),
    ),
    Case(
        "verdoppeln_von_auf_ist_keine_spanne",
        "Die Niederlande wollen ihren Beitrag von vier auf acht Flugabwehrsysteme verdoppeln.",
        (Expect("NLD", "air_defence", "8 system"),),
    ),
    Case(
        "geber_und_zahl_vor_und_in_einer_liste",
        "Dänemark schickt der Ukraine zehn Kampfpanzer vom Typ Leopard 1A5, die Niederlande vier und Belgien zwei.",
        (
            Expect("DNK", "armour", "10 vehicle"),
            Expect("NLD", "armour", "4 vehicle"),
            Expect("BEL", "armour", "2 vehicle"),
        ),
    ),
    Case(
        "den_wert_des_pakets_beziffert_ist_der_wert_der_zahl",
        "Schweden gibt der Ukraine zehn Kampfpanzer vom Typ Stridsvagn 122. Den Wert des Pakets beziffert die Regierung "
        "auf 2,1 Milliarden Kronen.",
        (Expect("SWE", "armour", "10 vehicle"), Expect("SWE", "armour", "2.1e9 SEK", same_as=0)),
    ),
    Case(
        "kauft_der_ukraine_ein_system",
        "Norwegen kauft der Ukraine ein in Deutschland gebautes Flugabwehrsystem vom Typ IRIS-T SLM.",
        (Expect("NOR", "air_defence", "1 system"),),
    ),
    Case(
        "eingeplant_gewesen_ist_ueberholt",
        "Die Bundesregierung will die Hilfe für die Ukraine im nächsten Jahr auf sieben Milliarden Euro erhöhen. Im "
        "ersten Entwurf des Haushalts waren dafür nur fünf Milliarden Euro eingeplant gewesen.",
        (Expect("DEU", "military_general", "7e9 EUR"),),
    ),
    Case(
        "ein_paket_vom_tisch_gibt_nichts",
        "Ein weiteres Hilfspaket über zwei Milliarden Euro für die Ukraine ist vorerst vom Tisch, sagte der Minister.",
        (),
    ),
    Case(
        "es_hat_einen_umfang_von_nach_einem_paket_ohne_zahl",
        "Finnland will der Ukraine ein weiteres Hilfspaket mit Waffen und Munition liefern. Es hat einen Umfang von "
        "190 Millionen Euro, teilte das Ministerium mit.",
        (Expect("FIN", "military_general", "1.9e8 EUR"),),
    ),
    Case(
        "eine_gruppe_im_satz_davor_gibt_keinen_geber_weiter",
        "Polen, Tschechien und die Slowakei wollen gemeinsam ein Waffenpaket für die Ukraine bezahlen. Es hat einen "
        "Wert von 300 Millionen Euro.",
        (Expect(None, "military_general", "3e8 EUR"),),
    ),
    Case(
        "kriegsstaerke_ist_kein_beitrag",
        "Schweden gibt der Ukraine ein Paket über 500 Millionen Kronen. Das Land selbst kommt auf eine Kriegsstärke "
        "von rund 90.000 Soldaten.",
        (Expect("SWE", "military_general", "5e8 SEK"),),
    ),
    Case(
        "aus_bestaenden_der_eigenen_streitkraefte_ist_die_quelle",
        "Norwegen gibt der Ukraine acht Kampfpanzer aus Beständen der eigenen Streitkräfte.",
        (Expect("NOR", "armour", "8 vehicle"),),
    ),
    Case(
        "gruppen_kompositum_vor_der_summe_besitzt_sie",
        "Die EU beteiligt sich am G7-Darlehen über 50 Milliarden Dollar mit bis zu 18,1 Milliarden Euro.",
        (Expect(None, "financial", "5e10 USD"), Expect("EU", "financial", "1.81e10 EUR", high="1.81e10 EUR")),
    ),
    Case(
        "zwei_geber_uebernehmen_jeweils_eine_summe",
        "Die USA und die EU tragen jeweils rund 20 Milliarden Dollar zu dem Kredit für die Ukraine bei.",
        (Expect("USA", "financial", "2e10 USD"), Expect("EU", "financial", "2e10 USD")),
    ),
]


BLIND_RULES_18 = [
    Case(
        "als_erstes_nato_land_ist_keine_nato",
        "Tags zuvor hatte Tschechien als erstes Nato-Land angekündigt, der Ukraine zehn Kampfpanzer zu übergeben.",
        (Expect("CZE", "armour", "10 vehicle"),),
    ),
    Case(
        "prozent_der_zugesagten_zaehlt_lieferungen",
        "Die Partner haben nach Angaben der Nato mehr als 95 Prozent der zugesagten Fahrzeuge geliefert, darunter über 200 "
        "Kampfpanzer.",
        (),
    ),
    Case(
        "das_system_kostet_nennt_den_wert_des_zugesagten",
        "Kanada kauft in den USA ein Flugabwehrsystem für die Ukraine. Das System kostet 300 Millionen Dollar.",
        (Expect("CAN", "air_defence", "1 system"), Expect("CAN", "air_defence", "3e8 CAD", same_as=0)),
    ),
    Case(
        "ein_system_kostet_ist_ein_preis",
        "Deutschland gibt der Ukraine ein weiteres Flugabwehrsystem. Ein solches System kostet rund eine Milliarde Euro.",
        (Expect("DEU", "air_defence", "1 system"),),
    ),
    Case(
        "steigt_der_betrag_auf_ist_die_neue_summe",
        "Schweden hatte für 2025 ursprünglich 20 Milliarden Kronen an Ukraine-Hilfe eingeplant. Nach einer Einigung im "
        "Parlament steigt der Betrag nun auf 30 Milliarden Kronen.",
        (Expect("SWE", "military_general", "3e10 SEK", period=(2025, 2025)),),
    ),
    Case(
        "je_ein_system_von_drei_gebern",
        "Schweden, Norwegen und Dänemark geben der Ukraine je ein Flugabwehrsystem ab.",
        (
            Expect("SWE", "air_defence", "1 system"),
            Expect("NOR", "air_defence", "1 system"),
            Expect("DNK", "air_defence", "1 system"),
        ),
    ),
    Case(
        "erhaelt_kiew_aus_einem_staat_eine_batterie",
        "Zusätzlich erhält Kiew aus den Niederlanden eine Patriot-Flugabwehrbatterie.",
        (Expect("NLD", "air_defence", "1 system"),),
    ),
    Case(
        "sodass_beginnt_einen_eigenen_satzteil",
        "Belgien steuert sechs weitere Haubitzen bei, sodass die ukrainische Armee nun über 20 dieser Geschütze verfügt.",
        (Expect("BEL", "artillery", "6 system"),),
    ),
    Case(
        "faktenkasten_mit_zeilen_staat_doppelpunkt_zahl",
        "Kampfpanzer für die Ukraine – wer gibt was\nDeutschland: 18 Leopard 2A6\nPolen: 14 Leopard 2A4\nKanada: acht "
        "Leopard 2A4\nNorwegen: acht Leopard 2A4",
        (
            Expect("DEU", "armour", "18 vehicle"),
            Expect("POL", "armour", "14 vehicle"),
            Expect("CAN", "armour", "8 vehicle"),
            Expect("NOR", "armour", "8 vehicle"),
        ),
    ),
    Case(
        "maschinen_desselben_typs_im_satz_danach",
        "Die Slowakei stellt der Ukraine elf MiG-29 zur Verfügung. Polen hatte tags zuvor fünf Maschinen desselben Typs "
        "zugesagt.",
        (Expect("SVK", "aircraft", "11 aircraft"), Expect("POL", "aircraft", "5 aircraft")),
    ),
    Case(
        "ueber_die_verfuegen_als_relativsatz_und_als_bestand",
        "Alle 12 Haubitzen, über die die norwegische Armee verfügt, sollen an die Ukraine gehen, teilte die Regierung in "
        "Oslo mit. Die Niederlande, die "
        "selbst über 30 Haubitzen dieses Typs verfügen, nannten keine Zahl.",
        (Expect("NOR", "artillery", "12 system"),),
    ),
    Case(
        "bislang_im_ersetzten_betrag_sagt_nichts_ueber_den_neuen",
        "Dänemark will 2026 rund 9 Milliarden Kronen für die Ukraine bereitstellen, statt der bislang vorgesehenen 6 "
        "Milliarden Kronen.",
        (Expect("DNK", "military_general", "9e9 DKK", period=(2026, 2026)),),
    ),
    Case(
        "gibt_der_haushaltsausschuss_frei_ist_kein_dritter_staat",
        "Nach langem Streit gibt der Haushaltsausschuss zusätzliche zwei Milliarden Euro Militärhilfe für die Ukraine "
        "frei.",
        (Expect("DEU", "military_general", "2e9 EUR"),),
    ),
    Case(
        "eine_erste_summe_ohne_ganzes_ist_zugesagt",
        "Die EU hat der Ukraine eine erste Tranche von 1,2 Milliarden Euro aus Zinserträgen überwiesen.",
        (Expect("EU", "military_general", "1.2e9 EUR"),),
    ),
    Case(
        "die_ersten_von_einem_ganzen_bleiben_fortschritt",
        "Die ersten vier der 18 zugesagten Panzerhaubitzen sind in der Ukraine eingetroffen.",
        (Expect(None, "artillery", "18 system"),),
    ),
    Case(
        "im_bundeshaushalt_gibt_der_bund_und_der_entwurf_hatte_dafuer_noch",
        "Im Bundeshaushalt 2027 sind für die Ukraine 12 Milliarden Euro Militärhilfe vorgesehen. Der Regierungsentwurf "
        "hatte dafür noch 10 Milliarden Euro vorgesehen.",
        (Expect("DEU", "military_general", "1.2e10 EUR", period=(2027, 2027)),),
    ),
    Case(
        "wer_widerstand_leistet_gibt_nicht",
        "Die EU-Staaten überwanden Ungarns Widerstand und beschlossen 20 Milliarden Euro für die Ukraine.",
        (Expect("EU", "military_general", "2e10 EUR"),),
    ),
    Case(
        "eine_wunschliste_ist_kein_versprechen",
        "Kiews neue Wunschliste nennt 200 Haubitzen, 80 Raketenwerfer und 300 Kampfpanzer.",
        (),
    ),
    Case(
        "summe_in_hrywnja_und_ihre_umrechnung_sind_eigener_haushalt",
        "Der ukrainische Haushalt sieht 2,4 Billionen Hrywnja für die Armee vor, umgerechnet rund 55 Milliarden Euro.",
        (),
    ),
    Case(
        "jeweils_vor_den_jahren_danach_ist_eine_summe_pro_jahr",
        "Litauen stellt der Ukraine 2025 rund 200 Millionen Euro bereit, nach jeweils 150 Millionen Euro in den Jahren "
        "2023 und 2024.",
        (
            Expect("LTU", "military_general", "2e8 EUR", period=(2025, 2025)),
            Expect("LTU", "military_general", "1.5e8 EUR / year", period=(2023, 2024)),
        ),
    ),
    Case(
        "um_eine_summe_bat_ist_eine_bitte",
        "Es ist drei Monate her, dass die Regierung den Kongress um 24 Milliarden Dollar für die Ukraine bat.",
        (),
    ),
    Case(
        "teile_mit_eigenem_nomen_sind_kein_lieferplan",
        "Tschechien hat 10 Panzerhaubitzen abgegeben, Schweden zu seinen vier Archer-Haubitzen im Mai sechs weitere "
        "zugesagt.",
        (
            Expect("CZE", "artillery", "10 system"),
            Expect("SWE", "artillery", "4 system"),
            Expect("SWE", "artillery", "6 system"),
        ),
    ),
    Case(
        "durch_einen_geber_zugesagte_als_attribut_vor_dem_nomen",
        "Das zweite von sechs durch Schweden zugesagten Flugabwehrsystemen ist in der Ukraine eingetroffen.",
        (Expect("SWE", "air_defence", "6 system"),),
    ),
    Case(
        "jeweils_nach_zwei_jahren_ist_eine_summe_pro_jahr",
        "Finnland will der Ukraine in den Jahren 2026 und 2027 mit jeweils 600 Millionen Euro helfen.",
        (Expect("FIN", "military_general", "6e8 EUR / year", period=(2026, 2027)),),
    ),
    Case(
        "jeweils_nach_kommenden_jahren_ist_eine_summe_pro_jahr",
        "Dänemark stellt der Ukraine in den kommenden drei Jahren jeweils rund 1,2 Milliarden Euro bereit.",
        (Expect("DNK", "military_general", "1.2e9 EUR / year", period=(2025, 2027)),),
        published="2025-11-03",
    ),
    Case(
        "jeweils_ohne_jahre_bleibt_eine_summe_je_geber",
        "Schweden und Norwegen sagten der Ukraine 2025 jeweils 300 Millionen Euro für Drohnen zu.",
        (
            Expect("SWE", "drones", "3e8 EUR", period=(2025, 2025)),
            Expect("NOR", "drones", "3e8 EUR", period=(2025, 2025)),
        ),
    ),
]


BLIND_RULES_19 = [
    Case(
        "steige_damit_auf_ist_eine_laufende_summe",
        "Die Niederlande geben der Ukraine weitere 400 Millionen Euro. Die niederländische Hilfe steige damit in diesem "
        "Jahr auf rund drei Milliarden Euro, sagte die Ministerin.",
        (Expect("NLD", "military_general", "4e8 EUR"),),
        published="2025-05-02",
    ),
    Case(
        "damit_steigt_die_summe_ueber_einen_relativsatz",
        "Die EU gibt der Ukraine weitere 300 Millionen Euro aus ihrem Fonds. Damit steigt die Summe, die die Union "
        "für Waffen an Kiew bereitgestellt hat, auf 1,8 Milliarden Euro.",
        (Expect("EU", "military_general", "3e8 EUR"),),
    ),
    Case(
        "die_weiteren_systeme_sind_keines",
        "Deutschland hat der Ukraine drei Flugabwehrsysteme zugesagt; das erste ist eingetroffen. Die weiteren Systeme "
        "sollen bis zum Sommer folgen.",
        (Expect("DEU", "air_defence", "3 system"),),
    ),
    Case(
        "zu_benoetigen_nach_der_zahl_ist_ein_bedarf",
        "Schweden will der Ukraine zwei Flugabwehrsysteme kaufen. Kiew hatte erklärt, acht zusätzliche Systeme zu "
        "benötigen.",
        (Expect("SWE", "air_defence", "2 system"),),
    ),
    Case(
        "davon_teil_einer_bitte_ist_keine_zusage",
        "Der Präsident hat den Kongress um ein Paket von 90 Milliarden Dollar gebeten. Rund 50 Milliarden Dollar davon "
        "sollen an die Ukraine gehen.",
        (),
    ),
    Case(
        "dass_liefern_wird_gibt_ein_system",
        "Der Kanzler kündigte an, dass Deutschland der Ukraine ein Flugabwehrsystem liefern wird.",
        (Expect("DEU", "air_defence", "1 system"),),
    ),
    Case(
        "nach_einem_plural_ohne_zahl_zaehlt_der_artikel",
        "Berlin liefert der Ukraine Schützenpanzer vom Typ Marder sowie ein Flugabwehrsystem IRIS-T SLM.",
        (Expect("DEU", "air_defence", "1 system"),),
    ),
    Case(
        "von_auf_ohne_genannten_zuwachs_ist_der_neue_rahmen",
        "Dänemark verlängert seinen Ukraine-Fonds um zwei Jahre. Der Fonds wachse damit von 50 auf 70 Milliarden "
        "Kronen, sagte der Minister.",
        (Expect("DNK", "military_general", "7e10 DKK"),),
    ),
    Case(
        "von_auf_nach_genanntem_zuwachs_ist_eine_summe",
        "Dänemark stockt seinen Ukraine-Fonds um 20 Milliarden Kronen auf. Damit wächst der Fonds von 50 auf 70 "
        "Milliarden Kronen.",
        (Expect("DNK", "military_general", "2e10 DKK"),),
    ),
    Case(
        "ein_semikolon_trennt_die_fruehere_zahl",
        "Zugesagt hat die Regierung 30 der ausgemusterten Flugabwehrpanzer; im Frühjahr war noch von bis zu 50 Stück "
        "die Rede gewesen.",
        (Expect(None, "air_defence", "30 vehicle"),),
    ),
    Case(
        "kronen_in_klammern_umgerechnet",
        "Dänemark schnürt ein neues Paket für die Ukraine. Es hat einen Umfang von 6,5 Milliarden Kronen (rund 870 "
        "Millionen Euro).",
        (Expect("DNK", "military_general", "6.5e9 DKK"), Expect("DNK", "military_general", "8.7e8 EUR", same_as=0)),
    ),
    Case(
        "us_amerikanischer_waffen_nennt_keinen_geber",
        "Norwegen finanziert ein Paket US-amerikanischer Waffen für die Ukraine im Wert von 300 Millionen Euro.",
        (Expect("NOR", "military_general", "3e8 EUR"),),
    ),
    Case(
        "monat_fuer_monat_ist_eine_rate",
        "Frankreich will der Ukraine in diesem Jahr Monat für Monat 40 Gleitbomben liefern.",
        (Expect("FRA", "ammunition", "40 piece / month", period=(2024, 2024)),),
        published="2024-02-01",
    ),
    Case(
        "fuer_weitere_sucht_man_geldgeber",
        "Zehn Haubitzen bezahlt Paris selbst, für 30 weitere sucht die Regierung noch Geldgeber.",
        (Expect("FRA", "artillery", "10 system"),),
    ),
    Case(
        "ein_jahr_vor_von_ist_kein_ganzes",
        "2022 hatte Belgien nach eigenen Angaben Hilfe im Wert von 400 Millionen Euro geleistet, 2023 von 900 Millionen "
        "Euro.",
        (
            Expect("BEL", "military_general", "4e8 EUR", period=(2022, 2022)),
            Expect("BEL", "military_general", "9e8 EUR", period=(2023, 2023)),
        ),
    ),
    Case(
        "im_urspruenglichen_entwurf_ist_ueberholt",
        "Die Regierung stockt die Hilfe für die Ukraine in diesem Jahr auf eine Milliarde Euro auf. Im ursprünglichen "
        "Entwurf waren dafür lediglich 300 Millionen Euro eingeplant.",
        (Expect(None, "military_general", "1e9 EUR", period=(2024, 2024)),),
        published="2024-03-01",
    ),
    Case(
        "von_30_die_zugesagt_sind_ist_das_ganze",
        "Die ersten vier Panzerhaubitzen sind in der Ukraine eingetroffen, von 20, die die Niederlande zugesagt haben.",
        (Expect("NLD", "artillery", "20 system"),),
    ),
    Case(
        "zusaetzlich_zu_den_vier_die_angekuendigt_waren",
        "Norwegen schickt der Ukraine sechs weitere Kampfpanzer, zusätzlich zu den acht, die es im Februar angekündigt "
        "hatte.",
        (Expect("NOR", "armour", "6 vehicle"), Expect("NOR", "armour", "8 vehicle")),
    ),
    Case(
        "stueck_zaehlt_das_nomen_des_satzes_davor",
        "Großbritannien liefert der Ukraine Marschflugkörper vom Typ Storm Shadow. Nach Berichten geht es um 30 Stück.",
        (Expect("GBR", "ammunition", "30 missile"),),
    ),
    Case(
        "alle_27_staats_und_regierungschefs_sind_die_eu",
        "Beim Gipfel in Brüssel einigten sich alle 27 Staats- und Regierungschefs auf Kredite von 20 Milliarden Euro "
        "für die Ukraine.",
        (Expect("EU", "financial", "2e10 EUR"),),
    ),
    Case(
        "auch_ein_regierungschef_nach_komma_ist_teil_der_gruppe",
        "Die 27 EU-Staaten, auch Ungarns Premier Orbán, stimmten Krediten über 20 Milliarden Euro für die Ukraine zu.",
        (Expect("EU", "financial", "2e10 EUR"),),
    ),
    Case(
        "der_zweck_vor_einem_relativsatz_gilt_nach_ihm",
        "Italien beteiligt sich an den G7-Krediten, die aus Zinserträgen bedient werden, mit einer Milliarde Euro für die "
        "Ukraine.",
        (Expect("ITA", "financial", "1e9 EUR"),),
    ),
    Case(
        "die_luftwaffe_zaehlt_ist_keine_zusage",
        "Russland griff die Ukraine in der Nacht erneut an. Die Luftwaffe zählt 90 Raketen und 40 Drohnen.",
        (),
    ),
    Case(
        "die_haelfte_der_versprochenen_million_ist_das_ganze",
        "Bis zum Sommer dürften nur 400.000 Schuss angekommen sein – weniger als die Hälfte der einen Million "
        "Granaten, die die EU versprochen hatte.",
        (Expect("EU", "ammunition", "1e6 round"),),
    ),
    Case(
        "waren_es_noch_ist_ueberholt",
        "Für 2026 sind nun 9 Milliarden Euro Militärhilfe für die Ukraine vorgesehen, im Entwurf vom Frühjahr waren es "
        "noch 7 Milliarden.",
        (Expect("DEU", "military_general", "9e9 EUR", period=(2026, 2026)),),  # "Entwurf": donors.home (session 17)
    ),
    Case(
        "davon_und_weitere_teile_einer_laufenden_summe",
        "Belgien stellt der Ukraine in diesem Jahr 1 Milliarde Euro bereit. Seit Kriegsbeginn summiert sich die "
        "belgische Hilfe auf 5 Milliarden Euro, davon 3 Milliarden für militärische und 2 Milliarden für zivile Zwecke.",
        (Expect("BEL", "military_general", "1e9 EUR", period=(2024, 2024)),),
        published="2024-05-01",
    ),
    Case(
        "ein_hilfsappell_ist_eine_bitte",
        "Die Vereinten Nationen starteten einen Hilfsappell über 3 Milliarden Dollar für die Ukraine.",
        (),
    ),
    Case(
        "aufgetane_granaten_sind_kein_geschenk",
        "Prag hatte in Drittstaaten rund 500.000 Granaten für die Ukraine aufgetan.",
        (),
    ),
    Case(
        "von_denen_ist_ein_teil_mit_der_waehrung_des_ganzen",
        "Die Regierung hat die Hilfe für Partnerstaaten auf drei Milliarden Euro aufgestockt, von denen zwei Milliarden "
        "der Ukraine zugutekommen sollen.",
        (Expect(None, "military_general", "2e9 EUR"),),
    ),
    Case(
        "selbstfahrlafetten_sind_systeme",
        "Schweden finanziert der Ukraine zwölf Selbstfahrlafetten aus ukrainischer Fertigung.",
        (Expect("SWE", "artillery", "12 system"),),
    ),
    Case(
        "finanziert_die_herstellung_ukrainischer_waffen",
        "Norwegen finanziert die Herstellung von 24 ukrainischen Radhaubitzen.",
        (Expect("NOR", "artillery", "24 system"),),
    ),
    Case(
        "die_zahl_vor_statt_zaehlt_das_nomen_danach",
        "Die EU will bis Jahresende nun 40.000 statt 30.000 ukrainische Soldaten ausbilden.",
        (Expect("EU", "personnel", "40000 person"),),
    ),
    Case(
        "ein_militaerprogrammgesetz_ist_ein_eigener_haushalt",
        "Frankreich schickt der Ukraine 30 Marschflugkörper. Das Militärprogrammgesetz sieht für 2024 bis 2030 "
        "insgesamt 400 Milliarden Euro vor.",
        (Expect("FRA", "ammunition", "30 missile"),),
    ),
    Case(
        "maschinen_dieses_sowjetischen_typs",
        "Polen gibt der Ukraine vier MiG-29. Die Slowakei will zehn Maschinen dieses sowjetischen Typs abgeben.",
        (Expect("POL", "aircraft", "4 aircraft"), Expect("SVK", "aircraft", "10 aircraft")),
    ),
    Case(
        "eine_drohne_koste_ist_ein_preis",
        "Die Ukraine will selbst Drohnen bauen. Eine einfache Drohne koste nur einige Hundert Dollar, dafür sollen "
        "Hersteller staatliche Aufträge erhalten.",
        (),
    ),
    Case(
        "bilanzierte_leitet_eine_laufende_summe_ein",
        "Der Minister bilanzierte in Ramstein, die Partner hätten in zwei Jahren Zusagen von mehr als 80 Milliarden "
        "Dollar gemacht.",
        (),
    ),
    Case(
        "dort_leben_soldaten_ist_keine_zusage",
        "Rund um den Stützpunkt in Deutschland leben rund 40.000 US-Soldaten mit ihren Familien.",
        (),
    ),
    Case(
        "ein_artikel_vor_einer_spaeteren_zahl_im_satz",
        "Die ersten Systeme sind in der Ukraine eingetroffen. Deutschland hatte ein komplettes Patriot-System "
        "zugesagt, die Niederlande steuerten zwei Startgeräte bei.",
        (Expect("DEU", "air_defence", "1 system"), Expect("NLD", "air_defence", "2 launcher")),
    ),
    Case(
        "auslandsfinanzierung_erhalten_ist_keine_zusage",
        "Im Jahr 2024 hat die Ukraine knapp 40 Milliarden Dollar an Auslandsfinanzierung erhalten.",
        (),
    ),
    Case(
        "geld_um_die_fertigung_anzukurbeln_ist_keine_hilfe",
        "Mit einem neuen Programm stellt die EU 400 Millionen Euro bereit, um die Munitionsfertigung in Europa "
        "anzukurbeln.",
        (),
    ),
    Case(
        "eine_absichtserklaerung_ist_keine_zusage",
        "Die Ukraine und Schweden haben eine Absichtserklärung über 100 Kampfjets unterzeichnet.",
        (),
    ),
    Case(
        "eine_option_auf_weitere_ist_kein_kauf",
        "Als Ersatz für die abgegebenen Panzer bestellt die Bundeswehr 18 neue Leopard; der Vertrag sieht eine Option "
        "auf 100 weitere Fahrzeuge vor.",
        (),
    ),
    Case(
        "ein_angebot_zu_sonderkonditionen_an_einen_dritten",
        "Die Slowakei gibt der Ukraine 13 Kampfjets. Die USA bieten ihr zudem zwölf Kampfhubschrauber zu "
        "Sonderkonditionen an.",
        (Expect("SVK", "aircraft", "13 aircraft"),),
    ),
    Case(
        "mit_dieser_lieferung_erreicht_die_hilfe_ist_eine_summe",
        "Lettland schickt der Ukraine zwei Hubschrauber. Mit dieser Lieferung erreiche die lettische Militärhilfe "
        "einen Wert von 400 Millionen Euro.",
        (Expect("LVA", "aircraft", "2 helicopter"),),
    ),
    Case(
        "ein_befestigungsprogramm_ist_eigene_verteidigung",
        "Rund zehn Milliarden Zloty will Polen bis 2028 in ein Befestigungsprogramm an seinen Grenzen stecken.",
        (),
    ),
    Case(
        "nach_einem_tracker_ist_die_zahl_im_perfekt_eine_bilanz",
        "Das Kiel Institut hat eine neue Auswertung veröffentlicht. Demnach haben die EU-Staaten der Ukraine 120 "
        "Milliarden Euro zugesagt, die USA 100 Milliarden.",
        (),
    ),
    Case(
        "nach_einer_bilanz_bleibt_ein_neues_paket_eine_zusage",
        "Der Minister zog in Ramstein Bilanz. Washington hatte eine Woche zuvor ein Paket über 250 Millionen Dollar "
        "angekündigt.",
        (Expect("USA", "military_general", "2.5e8 USD"),),
    ),
    Case(
        "eine_summe_ohne_waehrung_vor_und_und_jahr",
        "Belgien gab der Ukraine 2022 nach eigenen Angaben 1,7 Milliarden und 2023 2,1 Milliarden Euro.",
        (
            Expect("BEL", "military_general", "1.7e9 EUR", period=(2022, 2022)),
            Expect("BEL", "military_general", "2.1e9 EUR", period=(2023, 2023)),
        ),
    ),
    Case(
        "nach_der_haelfte_ist_die_zahl_ein_teil",
        "Von den zugesagten 200.000 Granaten wird die EU bis März nur gut die Hälfte liefern können, rund 110.000 Stück.",
        (Expect("EU", "ammunition", "200000 round"),),
    ),
    Case(
        "im_jahr_vor_einer_jahreszahl_ist_keine_rate",
        "Paris verspricht für dieses Jahr drei Milliarden Euro Militärhilfe für die Ukraine, nach 1,7 Milliarden Euro im "
        "Jahr 2022.",
        (
            Expect("FRA", "military_general", "3e9 EUR", period=(2024, 2024)),
            Expect("FRA", "military_general", "1.7e9 EUR", period=(2022, 2022)),
        ),
        published="2024-02-17",
    ),
    Case(
        "eine_liste_die_er_brauche",
        "In einem Interview sagte der ukrainische Oberbefehlshaber: 300 Kampfpanzer und 500 Haubitzen brauche er.",
        (),
    ),
]


BLIND_RULES_20 = [
    Case(
        "ein_system_sowie_eine_zahl_vor_dem_verb_am_ende",
        "Dänemark wird der Ukraine eine Hawk-Batterie sowie rund 30 Kampfpanzer Leopard zur Verfügung stellen.",
        (Expect("DNK", "air_defence", "1 system"), Expect("DNK", "armour", "30 vehicle")),
    ),
    Case(
        "eine_batterie_sowie_zahl_stationiert_ist_keine_zusage",
        "In Litauen hat die Bundeswehr eine Patriot-Batterie sowie rund 30 Schützenpanzer Marder stationiert.",
        (),
    ),
    Case(
        "die_ampel_koalition_ist_deutschland",
        "Die Ampel-Koalition will die Ukraine-Hilfe im nächsten Jahr aufstocken: 2024 sollen sieben Milliarden Euro "
        "für Waffen an Kiew bereitstehen.",
        (Expect("DEU", "military_general", "7e9 EUR", period=(2024, 2024)),),
        published="2023-10-02",
    ),
    Case(
        "das_bundeskabinett_ist_deutschland",
        "Das Bundeskabinett hat für die Militärhilfe an die Ukraine im kommenden Jahr neun Milliarden Euro eingeplant.",
        (Expect("DEU", "military_general", "9e9 EUR", period=(2026, 2026)),),
        published="2025-06-20",
    ),
    Case(
        "teile_im_naechsten_satz_von_denen_einer_den_zweck_nennt",
        "Die EU hat sich auf ein Paket von 60 Milliarden Euro für die Ukraine geeinigt. 40 Milliarden Euro davon "
        "sollen als Kredite fließen, 20 Milliarden als Zuschüsse.",
        (
            Expect("EU", "financial", "6e10 EUR"),
            Expect("EU", "financial", "4e10 EUR"),
            Expect("EU", "financial", "2e10 EUR"),
        ),
    ),
    Case(
        "eine_summe_mit_der_eine_zahl_gekauft_wird_hat_deren_kategorie",
        "Dänemark stellt 300 Millionen Euro bereit, mit denen die Ukraine 40 Flugabwehrsysteme kaufen soll.",
        (Expect("DNK", "air_defence", "3e8 EUR"), Expect("DNK", "air_defence", "40 system")),
    ),
    Case(
        "zahl_und_dazu_ein_artikel",
        "Schweden gibt 30 Schützenpanzer ab und dazu ein Flugabwehrsystem.",
        (Expect("SWE", "armour", "30 vehicle"), Expect("SWE", "air_defence", "1 system")),
    ),
    Case(
        "zahl_und_zudem_ein_artikel",
        "Polen liefert 14 Kampfpanzer und zudem einen Bergepanzer.",
        (Expect("POL", "armour", "14 vehicle"), Expect("POL", "armour", "1 vehicle")),
    ),
    Case(
        "statt_der_bislang_im_entwurf_vorgesehenen_summe",
        "Die Bundesregierung will der Ukraine 2027 zwölf Milliarden Euro geben statt der bislang im Haushaltsentwurf "
        "vorgesehenen neun Milliarden.",
        (Expect("DEU", "military_general", "1.2e10 EUR", period=(2027, 2027)),),
    ),
    Case(
        "ein_paket_das_nicht_zustande_kommt",
        "Ein zusätzliches Paket über zwei Milliarden Euro, für das sich die Ministerin eingesetzt hatte, kommt vorerst "
        "nicht zustande.",
        (),
    ),
    Case(
        "von_mehreren_hundert_ist_keine_zahl",
        "Paris kündigte die Lieferung von 30 Marschflugkörpern sowie von mehreren Hundert Gleitbomben an.",
        (Expect("FRA", "ammunition", "30 missile"),),
    ),
    Case(
        "bewilligen_gibt_geld",
        "Der Bundestag hat für die Ukraine weitere drei Milliarden Euro freigegeben. Zudem bewilligten die Abgeordneten "
        "rund acht Milliarden Euro für die Jahre 2027 bis 2030.",
        (
            Expect("DEU", "military_general", "3e9 EUR"),
            Expect("DEU", "military_general", "8e9 EUR", period=(2027, 2030)),
        ),
    ),
    Case(
        "eine_summe_vor_dem_kauf_eines_anderen_gebers_behaelt_ihre_kategorie",
        "Lettland kündigte ein Paket im Wert von 40 Millionen Euro an, Finnland will alle 12 in Schweden bestellten "
        "Haubitzen an Kiew abgeben.",
        (Expect("LVA", "military_general", "4e7 EUR"), Expect("FIN", "artillery", "12 system")),
    ),
    Case(
        "zahl_statt_der_urspruenglich_angekuendigten_zahl",
        "Belgien liefert nun zwölf statt der ursprünglich zugesagten acht Schützenpanzer.",
        (Expect("BEL", "armour", "12 vehicle"),),
    ),
    Case(
        "haushaltsentwurf_ohne_geber_ist_deutschland",
        "Im Etatentwurf für 2027 sind rund neun Milliarden Euro für die militärische Unterstützung der Ukraine "
        "eingeplant.",
        (Expect("DEU", "military_general", "9e9 EUR", period=(2027, 2027)),),
    ),
    Case(
        "haushalt_eines_genannten_staats_bleibt_dessen",
        "Im Haushaltsentwurf der niederländischen Regierung sind zwei Milliarden Euro für die Ukraine eingeplant.",
        (Expect("NLD", "military_general", "2e9 EUR"),),
    ),
    Case(
        "franken_im_haushalt_sind_nicht_deutsch",
        "Im Haushalt sind 100 Millionen Franken für die Minenräumung in der Ukraine vorgesehen.",
        (Expect("CHE", "humanitarian", "1e8 CHF"),),
    ),
    Case(
        "jeweils_nach_einer_jahresspanne_ist_pro_jahr",
        "Estland will die Ukraine in den Jahren 2025 bis 2027 mit jeweils rund 120 Millionen Euro unterstützen.",
        (Expect("EST", "military_general", "1.2e8 EUR / year", period=(2025, 2027)),),
    ),
    Case(
        "geld_fuer_die_aufruestung_europas_ist_keine_ukraine_hilfe",
        "Die EU-Kommission will bis zu 700 Milliarden Euro für die Aufrüstung Europas mobilisieren; der Ukraine sagte "
        "sie zugleich weitere zwei Milliarden Euro zu.",
        (Expect("EU", "military_general", "2e9 EUR"),),
    ),
    Case(
        "fuer_weitere_hofft_man_auf_geld_ist_keine_zusage",
        "Acht Haubitzen bezahlt Dänemark selbst, für 20 weitere hofft man auf Geld der Partner.",
        (Expect("DNK", "artillery", "8 system"),),
    ),
    Case(
        "uhrzeit_im_ticker_ist_keine_zahl",
        "+++ 18:20 NASAMS für Kiew +++\nWashington will der Ukraine zwei Flugabwehrsysteme vom Typ NASAMS bereitstellen.",
        (Expect("USA", "air_defence", "2 system"),),
    ),
    Case(
        "zusammen_sind_das_ist_eine_summe",
        "Belgien sagt der Ukraine 30 Kampfjets zu, Dänemark 19 Kampfjets. Zusammen sind das fast 50 Flugzeuge.",
        (Expect("BEL", "aircraft", "30 aircraft"), Expect("DNK", "aircraft", "19 aircraft")),
    ),
    Case(
        "verwundete_soldaten_sind_verluste",
        "Die Ukraine beziffert ihre Verluste auf 30.000 getötete und rund 200.000 verwundete Soldaten.",
        (),
    ),
    Case(
        "ein_haushaltsloch_ist_kein_geld",
        "Der Premier bezifferte das Haushaltsloch für das kommende Jahr auf 35 Milliarden Dollar.",
        (),
    ),
    Case(
        "ein_tabu_ist_gefallen_ist_kein_gefallener",
        "Ein Tabu ist gefallen: Frankreich sagt der Ukraine 30 Radpanzer zu.",
        (Expect("FRA", "armour", "30 vehicle"),),
    ),
    Case(
        "ein_euro_ist_keine_zusage",
        "Ob davon auch nur ein Euro mehr bei der Ukraine ankommt, bleibt offen.",
        (),
    ),
    Case(
        "ein_kredit_der_vom_tisch_ist",
        "Die EU gibt der Ukraine ein Darlehen von 80 Milliarden Euro. Der umstrittene Kredit von bis zu 120 Milliarden "
        "Euro ist damit vom Tisch.",
        (Expect("EU", "financial", "8e10 EUR"),),
    ),
    Case(
        "erhaelt_kiew_von_einem_geber_einen_artikel",
        "Italien schickt der Ukraine 20 Haubitzen. Außerdem erhält Kiew von Rom ein Flugabwehrsystem.",
        (Expect("ITA", "artillery", "20 system"), Expect("ITA", "air_defence", "1 system")),
    ),
    Case(
        "den_wert_der_panzer_beziffert_die_regierung_auf",
        "Kanada schickt der Ukraine acht Kampfpanzer vom Typ Leopard 2A4. Den Wert der Panzer beziffert die Regierung "
        "in Ottawa auf 120 Millionen kanadische Dollar.",
        (Expect("CAN", "armour", "8 vehicle"), Expect("CAN", "armour", "1.2e8 CAD", same_as=0)),
    ),
]


BLIND_RULES_21 = [
    Case(
        "parts_adding_up_to_a_dated_sum_take_its_period",
        "Die EU billigte für die Jahre 2028 bis 2031 ein Paket von 60 Milliarden Euro, 40 Milliarden davon als Darlehen "
        "und 20 Milliarden als Zuschüsse.",
        (
            Expect("EU", "financial", "6e10 EUR", period=(2028, 2031)),
            Expect("EU", "financial", "4e10 EUR", period=(2028, 2031)),
            Expect("EU", "financial", "2e10 EUR", period=(2028, 2031)),
        ),
    ),
    Case(
        "parts_in_the_next_sentence_that_add_up_take_the_period",
        "Die EU stellt der Ukraine von 2028 bis 2031 weitere 60 Milliarden Euro bereit. Vorgesehen sind 40 Milliarden "
        "Euro an Krediten und 20 Milliarden Euro an Zuschüssen.",
        (
            Expect("EU", "financial", "6e10 EUR", period=(2028, 2031)),
            Expect("EU", "financial", "4e10 EUR", period=(2028, 2031)),
            Expect("EU", "financial", "2e10 EUR", period=(2028, 2031)),
        ),
    ),
    Case(
        "wer_die_produktion_bezahlt_sagt_zu",
        "Schweden bezahlt die Produktion von zwölf Haubitzen direkt bei der ukrainischen Industrie.",
        (Expect("SWE", "artillery", "12 system"),),
    ),
    Case(
        "sich_etwas_kosten_lassen_zahlt_es",
        # (the sum is what the system costs; linking it to the count as its value is left for later)
        "Schweden kauft für die Ukraine ein Flugabwehrsystem und lässt sich das rund 300 Millionen Kronen kosten.",
        (Expect("SWE", "air_defence", "1 system"), Expect("SWE", "military_general", "3e8 SEK")),
    ),
    Case(
        "zusammengerechnet_ist_ein_zwischenstand",
        "Kanada sagte vier Leopard zu. Zusammengerechnet liegen damit Zusagen über rund 80 Kampfpanzer vor.",
        (Expect("CAN", "armour", "4 vehicle"),),
    ),
    Case(
        "eine_summe_die_eine_zahl_finanziert_nimmt_ihre_kategorie",
        "Großbritannien liefert der Ukraine 50.000 Drohnen, finanziert mit 150 Millionen Pfund aus dem Verteidigungsetat.",
        (Expect("GBR", "drones", "50000 drone"), Expect("GBR", "drones", "1.5e8 GBP", same_as=0)),
    ),
    Case(
        "ueber_die_nato_initiative_zahlt_der_staat",
        "Schweden finanziert über die neue Nato-Initiative PURL ein Paket amerikanischer Waffen für die Ukraine im Wert "
        "von 300 Millionen Dollar.",
        (Expect("SWE", "military_general", "3e8 USD"),),
    ),
    Case(
        "ein_staat_eingeschlossen_gibt_nicht_selbst",
        "Alle 27 Staats- und Regierungschefs, Ungarns Premier eingeschlossen, billigten ein Hilfspaket über 20 "
        "Milliarden Euro für die Ukraine.",
        (Expect("EU", "military_general", "2e10 EUR"),),
    ),
    Case(
        "das_europaparlament_ist_die_eu",
        "Das Europaparlament billigte einen Kredit von bis zu 20 Milliarden Euro für die Ukraine.",
        (Expect("EU", "financial", "2e10 EUR", high="2e10 EUR"),),
    ),
    Case(
        "eine_umrechnung_zwischen_gedankenstrichen_nennt_dieselbe_summe",
        "Japan gibt der Ukraine 300 Milliarden Yen – etwa zwei Milliarden Dollar – als Kredit.",
        (Expect("JPN", "financial", "3e11 JPY"), Expect("JPN", "financial", "2e9 USD", same_as=0)),
    ),
    Case(
        "nach_einer_blockade_durch_einen_staat_gibt_der_nicht",
        "Die Europäische Union stellt der Ukraine nach monatelanger Blockade durch Ungarn 20 Milliarden Euro bereit.",
        (Expect("EU", "military_general", "2e10 EUR"),),
    ),
    Case(
        "durch_einen_staat_zugesagt_nennt_den_geber",
        "Das zweite von drei durch Schweden zugesagten Radarsystemen ist in der Ukraine eingetroffen.",
        (Expect("SWE", "other", "3 system"),),
    ),
    Case(
        "ein_regierungsentwurf_ist_der_haushalt_des_eigenen_staats",
        "Für 2027 sind im Regierungsentwurf drei Milliarden Euro an Militärhilfe für Kiew vorgesehen.",
        (Expect("DEU", "military_general", "3e9 EUR", period=(2027, 2027)),),
    ),
    Case(
        "eine_summe_unter_hunderttausend_ist_ein_preis",
        "Eine Granate kostete vor dem Krieg etwa 2000 Euro, heute liefert die Industrie sie der Ukraine für 8000 Euro.",
        (),
    ),
    Case(
        "der_lieferplan_einer_zusage_ist_keine_neue",
        "Die Niederlande wollen der Ukraine 60 Kampfpanzer vom Typ Leopard 1A5 überlassen. Bis zum Herbst sollen die "
        "ersten 10 Panzer eintreffen, bis Jahresende rund 40.",
        (Expect("NLD", "armour", "60 vehicle"),),
    ),
    Case(
        "bis_zu_einer_frist_uebergebene_fahrzeuge_sind_ein_teil",
        "Die Ukraine erhält 24 zugesagte Gepard von Deutschland. Bis Ende Oktober sollen 12 Fahrzeuge übergeben sein.",
        (Expect("DEU", "air_defence", "24 vehicle"),),
        published="2026-07-01",
    ),
    Case(
        "eine_zahl_von_der_die_rede_ist_und_die_gebraucht_wird_ist_ein_bedarf",
        "Deutschland liefert 18 Kampfpanzer. Die ukrainische Führung hatte von rund 250 Kampfpanzern gesprochen, die sie "
        "für eine Gegenoffensive benötige.",
        (Expect("DEU", "armour", "18 vehicle"),),
    ),
    Case(
        "was_geliefert_wird_und_gebraucht_wird_bleibt_zugesagt",
        "Berlin liefert 30 Gepard, die Kiew dringend braucht.",
        (Expect("DEU", "air_defence", "30 vehicle"),),
    ),
    Case(
        "ein_artikel_nach_dem_verb_der_zahl_und_zudem",
        "Schweden will rund 20 Schützenpanzer bis Ende Mai liefern und zudem eine Flugabwehrbatterie abgeben.",
        (
            Expect("SWE", "armour", "20 vehicle", period=(None, 2026)),
            Expect("SWE", "air_defence", "1 system", period=(None, 2026)),
        ),
        published="2026-02-01",
    ),
    Case(
        "was_ein_werk_im_endausbau_liefert_ist_kapazitaet",
        "Das neue Werk in Niedersachsen soll im Endausbau 150.000 Schuss pro Jahr liefern.",
        (),
    ),
    Case(
        "dieser_panzer_meint_die_zuvor_genannten",
        "Die ersten zwei Flugabwehrpanzer vom Typ Gepard sind eingetroffen. Insgesamt hat Berlin Kiew 20 dieser Panzer "
        "zugesagt.",
        (Expect("DEU", "air_defence", "20 vehicle"),),
    ),
    Case(
        "seit_dem_start_einer_initiative_ist_ein_zwischenstand",
        "Seit dem Start der Initiative Anfang 2024 sind insgesamt rund eine Million Granaten an die Ukraine gegangen.",
        (),
    ),
    Case(
        "seit_dem_sommer_ausgebildete_rekruten_sind_ein_zwischenstand",
        "Seit dem Sommer haben bereits rund 8000 Rekruten das Trainingsprogramm in Großbritannien durchlaufen.",
        (),
    ),
    Case(
        "eine_kompanie_die_ein_also_mit_zahl_erklaert",
        "Aus Beständen der Bundeswehr geht zunächst eine Kompanie an die Ukraine, also 14 Leopard 2A6.",
        (Expect("DEU", "armour", "1 company"), Expect("DEU", "armour", "14 vehicle", same_as=0)),
    ),
    Case(
        "ein_relativsatz_nach_dem_verb_datiert_die_summe",
        "Die EU-Staaten haben sich auf ein Hilfspaket von 60 Milliarden Euro für die Ukraine geeinigt, das in den Jahren "
        "2028 bis 2031 ausgezahlt werden soll.",
        (Expect("EU", "military_general", "6e10 EUR", period=(2028, 2031)),),
    ),
]


BLIND_RULES_22 = [
    Case(
        "bilanz_nach_frueherer_summe_laesst_zusage_nach_und",
        "Lettland hat der Ukraine 400 Millionen Euro seit Kriegsbeginn bereitgestellt und will künftig 100 Millionen "
        "Euro pro Jahr geben.",
        (Expect("LVA", "military_general", "1e8 EUR / year"),),
    ),
    Case(
        "der_rest_einer_summe_davor_mit_den_betraegen_der_geber_in_klammern",
        "Die G7 leihen der Ukraine 50 Milliarden Dollar. Die USA tragen 20 Milliarden Dollar bei, die EU 18,1 Milliarden "
        "Euro. Den Rest übernehmen Großbritannien (2,26 Milliarden Pfund) und Japan (rund 3 Milliarden Dollar).",
        (
            Expect(None, "financial", "5e10 USD"),
            Expect("USA", "financial", "2e10 USD"),
            Expect("EU", "financial", "1.81e10 EUR"),
            Expect("GBR", "financial", "2.26e9 GBP"),
            Expect("JPN", "financial", "3e9 USD"),
        ),
    ),
    Case(
        "bilanz_nach_anderer_stueckzahl_laesst_die_zusage",
        "Spanien hat zehn Leopard-Panzer zugesagt und seit Kriegsbeginn mehr als 50 Transportpanzer geliefert.",
        (Expect("ESP", "armour", "10 vehicle"),),
    ),
    Case(
        "lenkflugkoerper_fuer_angriffe_sind_kein_angriff",
        "Großbritannien sagte der Ukraine 200 Lenkflugkörper für Angriffe und Luftverteidigung sowie 30 Boote zu.",
        (Expect("GBR", "ammunition", "200 missile"), Expect("GBR", "naval", "30 vessel")),
    ),
    Case(
        "insgesamt_belaeuft_sich_die_hilfe_nun_auf_ist_bilanz",
        "Insgesamt beläuft sich die estnische Militärhilfe nun auf 500 Millionen Euro.",
        (),
    ),
    Case(
        "hergestellt_von_nennt_den_hersteller_keine_produktion",
        "Lettland übergibt der Ukraine 1000 Drohnen im Wert von zwei Millionen Euro, hergestellt von fünf lettischen "
        "Firmen.",
        (Expect("LVA", "drones", "1000 drone"), Expect("LVA", "drones", "2e6 EUR", same_as=0)),
    ),
    Case(
        "anteil_direkt_nach_einer_bilanz_wiederholt_sie",
        "Lettland sagt der Ukraine weitere 20 Millionen Euro Militärhilfe zu. Damit steigt die lettische Militärhilfe "
        "für die Ukraine auf mehr als 600 Millionen Euro, gut 1,5 Prozent der Wirtschaftsleistung.",
        (Expect("LVA", "military_general", "2e7 EUR"),),
    ),
    Case(
        "umrechnung_einer_jahresrate_nach_der_gesamtsumme_ist_auch_eine_rate",
        "Dänemark plant für die Ukraine in den Jahren 2025 bis 2027 einen Rahmen von 30 Milliarden Kronen ein, also 10 "
        "Milliarden Kronen pro Jahr (rund 1,3 Milliarden Euro).",
        (
            Expect("DNK", "military_general", "3e10 DKK", period=(2025, 2027)),
            Expect("DNK", "military_general", "1e10 DKK / year", period=(2025, 2027), same_as=0),
            Expect("DNK", "military_general", "1.3e9 EUR / year", period=(2025, 2027), same_as=0),
        ),
    ),
    Case(
        "dazu_gehoert_ein_stueck_des_pakets_davor",
        "Washington kündigte ein Paket über 1,2 Milliarden Dollar für Kiew an. Erstmals gehört dazu ein "
        "NASAMS-Flugabwehrsystem.",
        (Expect("USA", "military_general", "1.2e9 USD"), Expect("USA", "air_defence", "1 system")),
    ),
    Case(
        "rangliste_mit_platz_und_kommt_auf_ist_bilanz",
        "Bei der Militärhilfe liegen die USA mit 43 Milliarden Euro weiter klar vorn. Deutschland folgt mit 17 "
        "Milliarden Euro auf Platz zwei. Die Niederlande kommen auf sechs Milliarden Euro.",
        (),
    ),
    Case(
        "hinzu_kommen_fahrzeuge_auf_basis_bleibt_zusage",
        "Norwegen gibt der Ukraine acht Leopard 2A4. Hinzu kommen bis zu vier Bergepanzer auf Leopard-Basis.",
        (Expect("NOR", "armour", "8 vehicle"), Expect("NOR", "armour", "4 vehicle", high="4 vehicle")),
    ),
    Case(
        "seit_sommer_ist_eine_bilanz",
        "Mehr als 3000 ukrainische Soldaten haben seit Sommer 2023 die Ausbildung in Litauen durchlaufen.",
        (),
    ),
    Case(
        "nach_zuvor_ist_die_alte_summe",
        "Die Ukraine-Hilfe soll 2026 auf zehn Milliarden Euro steigen, nach zuvor etwa acht Milliarden.",
        (Expect(None, "military_general", "1e10 EUR", period=(2026, 2026)),),
    ),
    Case(
        "womit_die_hilfe_insgesamt_erreicht_ist_bilanz",
        "Schweden stockt seine Hilfe um weitere 200 Millionen Euro auf, womit sie insgesamt zwei Milliarden Euro erreicht.",
        (Expect("SWE", "military_general", "2e8 EUR"),),
    ),
    Case(
        "fehlen_werden_ist_ein_bedarf",
        "Die Kommission schätzt, dass der Ukraine im kommenden Jahr rund 40 Milliarden Euro fehlen werden.",
        (),
    ),
    Case(
        "fuer_das_pentagon_ist_der_eigene_haushalt",
        "Der US-Kongress bewilligte 300 Millionen Dollar für die Ukraine. Insgesamt sieht das Gesetz für das Pentagon "
        "rund 850 Milliarden Dollar vor.",
        (Expect("USA", "military_general", "3e8 USD"),),
    ),
    Case(
        "bestand_den_ein_geber_besitzt_ist_keine_zusage",
        "Dänemark überlässt der Ukraine 19 F-16. Die Niederlande, deren Luftwaffe 40 F-16 besitzt, wollen sich "
        "dagegen noch nicht festlegen.",
        (Expect("DNK", "aircraft", "19 aircraft"),),
    ),
]


BLIND_RULES_23 = [
    Case(
        "ein_zuwachs_auf_eine_neue_summe_ist_die_zusage_die_summe_nicht",
        "Die EU gibt eine weitere Tranche von 250 Millionen Euro frei und verdoppelt ihre Hilfe aus dem Fonds damit auf "
        "500 Millionen Euro.",
        (Expect("EU", "military_general", "2.5e8 EUR"),),
    ),
    Case(
        "insgesamt_damit_nach_einem_paket_ist_eine_zwischensumme",
        "Schweden legt ein Hilfspaket für die Ukraine über 300 Millionen Euro auf. Insgesamt erhält Kiew damit aus "
        "Stockholm 2,1 Mrd. Euro.",
        (Expect("SWE", "military_general", "3e8 EUR"),),
    ),
    Case(
        "geld_um_den_staat_am_laufen_zu_halten_ist_haushaltshilfe",
        "Die EU gibt der Ukraine im kommenden Jahr 18 Milliarden Euro, um den Staat am Laufen zu halten.",
        (Expect("EU", "financial", "1.8e10 EUR", period=(2023, 2023)),),
        published="2022-12-13",
    ),
    Case(
        "geld_das_kiew_zahlungsfaehig_haelt_ist_finanzhilfe",
        "Die EU will Kiew im kommenden Jahr mit 18 Milliarden Euro zahlungsfähig halten.",
        (Expect("EU", "financial", "1.8e10 EUR", period=(2024, 2024)),),
        published="2023-11-10",
    ),
    Case(
        "ein_teil_nach_darunter_einer_zwischensumme_ist_auch_keine_zusage",
        "Von 2022 bis Ende 2024 hat Schweden die Ukraine mit insgesamt 6 Milliarden Euro unterstützt, darunter 4 "
        "Milliarden für Waffen.",
        (),
        published="2025-08-25",
    ),
    Case(
        "steigt_die_summe_auf_ist_eine_zwischensumme",
        "Der Bundestag gibt zusätzlich 2 Milliarden Euro für die Ukraine frei. Mit dem Beschluss steigt die Summe auf 9 "
        "Milliarden Euro.",
        (Expect("DEU", "military_general", "2e9 EUR"),),
    ),
    Case(
        "stiege_nach_einem_zuwachs_ist_die_neue_summe_keine_zusage",
        "Die Bundesregierung legt für die Ukraine weitere 500 Millionen Euro nach, damit stiege die Hilfe auf 2 "
        "Milliarden Euro.",
        (Expect("DEU", "military_general", "5e8 EUR"),),
    ),
    Case(
        "militaerhilfe_von_nennt_eine_summe_kein_ganzes_aus_dem_geliefert_wird",
        "Während Verteidigungsminister Pistorius in Kiew ein Paket über 100 Millionen Euro vorstellte, sagte Kanzler "
        "Scholz langfristige Militärhilfe von 400 Millionen Euro zu.",
        (Expect("DEU", "military_general", "1e8 EUR"), Expect("DEU", "military_general", "4e8 EUR")),
    ),
    Case(
        "geld_fuer_das_beschaedigte_stromnetz_ist_hilfe_kein_schaden",
        "Norwegen gibt der Ukraine 50 Millionen Euro für das beschädigte Stromnetz.",
        (Expect("NOR", "humanitarian", "5e7 EUR"),),
    ),
    Case(
        "statt_vor_der_ersten_zahl_ersetzt_diese_nicht_die_zweite",
        "Statt 20 sollen nun 40 Schützenpanzer an die Ukraine gehen, teilte die Bundesregierung mit.",
        (Expect("DEU", "armour", "40 vehicle"),),
    ),
    Case(
        "ein_zurueckgestellter_plan_ist_keine_zusage",
        "Spanien hat den Plan, der Ukraine 30 Kampfpanzer zu überlassen, vorerst zurückgestellt.",
        (),
    ),
    Case(
        "seit_dem_vergangenen_sommer_ist_eine_zwischensumme",
        "Deutschland hat seit dem vergangenen Sommer mehr als 5000 ukrainische Soldaten ausgebildet.",
        (),
    ),
    Case(
        "ein_militaeretat_ist_keine_zusage",
        "Das Gesetz sieht für die Ukraine 400 Millionen Dollar pro Jahr vor. Der Militäretat insgesamt steigt auf 900 "
        "Milliarden Dollar.",
        (Expect("USA", "military_general", "4e8 USD / year"),),
    ),
    Case(
        "fuer_jeweils_vor_einer_summe_nennt_einen_stueckpreis",
        "Berlin will zwei Patriot-Systeme für jeweils eine Milliarde Euro kaufen und an die Ukraine weitergeben.",
        (Expect("DEU", "air_defence", "2 system"),),
    ),
    Case(
        "beginn_des_grossangriffs_ist_eine_zeitangabe_kein_angriff",
        "Ein Jahr nach Beginn des russischen Großangriffs sagt Schweden der Ukraine zehn Kampfpanzer zu.",
        (Expect("SWE", "armour", "10 vehicle"),),
    ),
    Case(
        "flugabwehrgeschuetze_zaehlen_als_waffen",
        "Großbritannien liefert der Ukraine 100 Flugabwehrgeschütze.",
        (Expect("GBR", "air_defence", "100 weapon"),),
    ),
    Case(
        "schutz_gegen_angriffe_nennt_den_zweck_keinen_angriff",
        "Deutschland liefert der Ukraine vier IRIS-T-Systeme zum Schutz gegen russische Angriffe.",
        (Expect("DEU", "air_defence", "4 system"),),
    ),
    Case(
        "lampen_sind_hilfsgueter",
        "Die EU liefert der Ukraine 30 Millionen LED-Lampen, um die Folgen der Angriffe auf das Stromnetz abzumildern.",
        (Expect("EU", "humanitarian", "3e7 piece"),),
    ),
    Case(
        "waffen_mit_denen_angegriffen_wird_sind_kein_angriff",
        "Großbritannien liefert der Ukraine 1.000 Drohnen, mit denen russische Stellungen aufgespürt und angegriffen "
        "werden sollen.",
        (Expect("GBR", "drones", "1000 drone"),),
    ),
    Case(
        "eine_verlangte_zahl_ist_eine_bitte",
        "Deutschland gibt ein drittes Patriot-System an die Ukraine ab. Selenskyj hatte zuletzt mindestens sieben "
        "weitere Systeme verlangt.",
        (Expect("DEU", "air_defence", "1 system"),),
    ),
    Case(
        "das_dritte_system_dieses_typs_ist_ein_rang_keine_neue_zusage",
        "Die Bundesregierung gibt ein weiteres Patriot-System an die Ukraine ab. Es ist bereits das dritte System dieses "
        "Typs, das Deutschland überlässt.",
        (Expect("DEU", "air_defence", "1 system"),),
    ),
    Case(
        "geld_das_an_das_pentagon_geht_ist_kein_ringtausch",
        "Der US-Kongress billigt ein Hilfspaket für die Ukraine über 13 Milliarden Dollar. Rund 6 Milliarden Dollar davon "
        "gehen an das Pentagon, etwa für Waffen.",
        (Expect("USA", "military_general", "1.3e10 USD"), Expect("USA", "military_general", "6e9 USD")),
    ),
    Case(
        "eine_zahl_die_die_teile_davor_ergibt_ist_eine_zwischensumme",
        "Drei weitere Leopard aus Spanien sind auf dem Weg in die Ukraine. Bereits im April hatte Spanien sechs Leopard "
        "übergeben, womit die Zahl der spanischen Leopard in der Ukraine auf insgesamt neun steigt.",
        (Expect("ESP", "armour", "3 vehicle"), Expect("ESP", "armour", "6 vehicle")),
        published="2024-05-01",
    ),
    Case(
        "den_wiederaufbau_beziffern_ist_eine_schaetzung",
        "Den Wiederaufbau der Ukraine beziffert die Weltbank auf 500 Milliarden Dollar.",
        (),
    ),
    Case(
        "knapp_vor_ist_eine_rangliste",
        "Bei der Militärhilfe für die Ukraine liegen die USA mit 60 Milliarden Euro knapp vor Europa mit 58 Milliarden.",
        (),
    ),
    Case(
        "ein_parlament_nennt_seinen_staat_auch_nach_im",
        "Eine breite Mehrheit im Folketing hat sich auf einen Ukraine-Fonds geeinigt. Für dieses Jahr sind darin "
        "sieben Milliarden Kronen vorgesehen.",
        (Expect("DNK", "military_general", "7e9 DKK", period=(2023, 2023)),),
        published="2023-03-14",
    ),
    Case(
        "verpflegungspakete_zaehlen_stueck",
        "Finnland schickt der Ukraine 70.000 Verpflegungspakete.",
        (Expect("FIN", "other", "70000 piece"),),
    ),
    Case(
        "granaten_die_truppen_feuern_sind_verbrauch",
        "Deutschland liefert der Ukraine 10.000 Granaten. Schätzungen zufolge feuern die ukrainischen Truppen täglich "
        "6000 Granaten ab.",
        (Expect("DEU", "ammunition", "10000 round"),),
    ),
]


BLIND_RULES_24 = [
    Case(
        "a_sum_a_relative_clause_says_was_asked_for_is_no_pledge",
        "Der Bundestag gab 300 Millionen Euro für die Ukraine frei, weniger als die 500 Millionen, die das Ministerium "
        "verlangt hatte.",
        (Expect("DEU", "military_general", "3e8 EUR"),),
    ),
    Case(
        "what_one_formation_holds_defines_it_and_is_no_pledge",
        "Die Niederlande liefern der Ukraine 14 Leopard-Panzer; ein ukrainisches Panzerbataillon umfasst 31 Kampfpanzer.",
        (Expect("NLD", "armour", "14 vehicle"),),
    ),
    Case(
        "such_a_formation_pledged_before_is_restated_in_its_vehicles",
        "Polen überlässt der Ukraine eine Kompanie Leopard-Panzer. Eine solche Kompanie umfasst 14 Fahrzeuge.",
        (Expect("POL", "armour", "1 company"), Expect("POL", "armour", "14 vehicle", same_as=0)),
    ),
    Case(
        "attacks_that_prompt_a_gift_do_not_negate_it",
        "Angesichts der massiven russischen Angriffe auf Kraftwerke liefert Berlin ein weiteres IRIS-T-System an die Ukraine.",
        (Expect("DEU", "air_defence", "1 system"),),
    ),
    Case(
        "the_conversion_of_a_running_total_is_one_too",
        "Norwegen stockt seine Militärhilfe um weitere 5 Milliarden Kronen auf. Damit steigt die Unterstützung in diesem Jahr auf "
        "insgesamt 35 Milliarden Kronen (rund 3 Milliarden Euro).",
        (Expect("NOR", "military_general", "5e9 NOK"),),
        published="2024-05-02",
    ),
    Case(
        "a_sum_proposed_is_no_pledge",
        "Die EU will der Ukraine eine Million Granaten liefern; Litauen hatte ein Programm von drei Milliarden Euro "
        "vorgeschlagen.",
        (Expect("EU", "ammunition", "1e6 round"),),
    ),
    Case(
        "a_past_year_after_a_future_pledge_dates_another_item",
        "Spanien wird der Ukraine ein zweites Hawk-System liefern. Das erste hatte Madrid im vergangenen Jahr "
        "bereitgestellt.",
        (Expect("ESP", "air_defence", "1 system"),),
        published="2023-09-12",
    ),
    Case(
        "a_contract_for_tanks_in_a_text_without_the_recipient_is_the_buyers_own",
        "Rumänien hat mit den USA einen weiteren Vertrag über 54 Kampfpanzer vom Typ Abrams unterzeichnet.",
        (),
    ),
    Case(
        "an_article_after_a_relative_clause_of_a_listed_count_counts_one",
        "Berlin wird Kiew rund 40 Marder liefern, die bis zum Sommer ankommen sollen, und zudem eine Patriot-Batterie.",
        (Expect("DEU", "armour", "40 vehicle"), Expect("DEU", "air_defence", "1 system")),
    ),
    Case(
        "money_for_the_defence_of_member_states_is_no_aid",
        "Neben der Hilfe für die Ukraine sollen bis zu 500 Milliarden Euro für die Verteidigung der Mitgliedstaaten "
        "mobilisiert werden.",
        (),
    ),
    Case(
        "a_part_of_a_stock_is_none_either",
        "Die Luftwaffe verfügte zuletzt über zwölf Patriot-Systeme; drei davon sind derzeit in Polen stationiert.",
        (),
    ),
    Case(
        "what_a_ring_exchange_partner_gets_in_return_is_no_aid_to_ukraine",
        "Tschechien liefert der Ukraine 30 Panzer vom Typ T-72 und bekommt dafür von Deutschland 15 Leopard-Panzer.",
        (Expect("CZE", "armour", "30 vehicle"),),
    ),
    Case(
        "rounds_that_were_available_are_a_stock",
        "Deutschland gab der Ukraine 30 Gepard ab. Für die Kanonen standen anfangs nur rund 60.000 Schuss zur Verfügung.",
        (Expect("DEU", "air_defence", "30 vehicle"),),
    ),
    Case(
        "the_sum_of_the_counts_listed_before_is_no_pledge",
        "Schweden will bis zu zehn Kampfpanzer liefern, Portugal drei Leopard – zusammen ergibt das 13 Panzer.",
        (Expect("SWE", "armour", "10 vehicle", high="10 vehicle"), Expect("PRT", "armour", "3 vehicle")),
    ),
    Case(
        "zusaetzlich_after_a_listed_count_with_its_relative_clause_adds_one",
        "Berlin gibt Kiew rund 40 Schützenpanzer vom Typ Marder, die bis März eintreffen sollen, und zusätzlich eine "
        "Patriot-Batterie.",
        (Expect("DEU", "armour", "40 vehicle"), Expect("DEU", "air_defence", "1 system")),
    ),
    Case(
        "a_sum_in_the_first_draft_is_superseded",
        "Die Bundesregierung will die Hilfe für die Ukraine 2026 auf 9 Milliarden Euro erhöhen. Im ersten Entwurf waren "
        "dafür nur 7 Milliarden Euro vorgesehen.",
        (Expect("DEU", "military_general", "9e9 EUR", period=(2026, 2026)),),
    ),
    Case(
        "what_an_army_once_possessed_is_a_stock",
        "Deutschland gibt ein drittes Patriot-System an die Ukraine ab. Vor dem Krieg hatte die Truppe zwölf dieser "
        "Systeme besessen.",
        (Expect("DEU", "air_defence", "1 system"),),
    ),
    Case(
        "a_sum_a_state_demanded_the_west_give_is_a_demand",
        "Estland schickt der Ukraine ein Paket im Wert von 20 Millionen Euro. Ein Minister hatte zuvor gefordert, der "
        "Westen müsse der Ukraine jedes Jahr mindestens 100 Milliarden Euro geben.",
        (Expect("EST", "military_general", "2e7 EUR"),),
    ),
]


BLIND_RULES_25 = [
    Case(
        "a_dot_after_the_platform_x_ends_the_sentence",
        "Litauen gibt der Ukraine 35 Millionen Euro für Granaten, schrieb die Ministerin auf X. Prag hatte zuvor erklärt, "
        "außerhalb der EU rund 800.000 Granaten ausfindig gemacht zu haben, die gekauft werden könnten.",
        (Expect("LTU", "ammunition", "3.5e7 EUR"),),
    ),
    Case(
        "a_sum_the_next_sentence_opens_with_a_part_of_is_a_package",
        "Kopenhagen stellt drei Milliarden Kronen für Artilleriemunition bereit. Zwei Milliarden davon fließen an die "
        "tschechische Initiative, die weltweit Granaten kauft.",
        (Expect("DNK", "ammunition", "3e9 DKK"), Expect("DNK", "military_general", "2e9 DKK")),
    ),
    Case(
        "a_sum_that_makes_its_giver_the_largest_supporter_is_a_tally",
        "Schweden gibt der Ukraine 300 Millionen Euro und ist mit rund 7 Milliarden Euro einer der größten Unterstützer "
        "des Landes.",
        (Expect("SWE", "military_general", "3e8 EUR"),),
    ),
    Case(
        "loitering_munitions_are_drones",
        "Deutschland liefert der Ukraine 300 Loitering Munitions und zwölf Haubitzen.",
        (Expect("DEU", "drones", "300 drone"), Expect("DEU", "artillery", "12 system")),
    ),
    Case(
        "a_count_that_is_itself_a_part_of_a_stock_is_no_whole_of_a_count_before",
        "Warschau will der Ukraine in den nächsten Tagen vier MiG-29 übergeben, und die Regierung in Bratislava billigte "
        "die Abgabe von 13 ihrer MiG-29.",
        (Expect("POL", "aircraft", "4 aircraft"), Expect("SVK", "aircraft", "13 aircraft")),
    ),
    Case(
        "a_short_clause_of_hope_governs_the_clause_after_its_comma",
        "Dänemark zahlt der Ukraine 200 Millionen Euro für Drohnen. Kiew hofft, über das Programm jeden Monat Waffen im "
        "Wert von 500 Millionen Euro zu bekommen.",
        (Expect("DNK", "drones", "2e8 EUR"),),
    ),
    Case(
        "a_sum_of_everything_given_is_a_tally_even_in_the_future_tense",
        "Lettland gibt der Ukraine 20 Millionen Euro für Drohnen. Bis Ende des Jahres wird sich die lettische Hilfe auf "
        "etwa 110 Millionen Euro summieren.",
        (Expect("LVA", "drones", "2e7 EUR"),),
    ),
    Case(
        "damit_and_bereits_mit_make_a_tally_of_the_year",
        "Norwegen schnürt ein Paket von 5 Milliarden Kronen für die Ukraine. Damit unterstützt Oslo Kiew in diesem Jahr "
        "militärisch bereits mit rund 20 Milliarden Kronen.",
        (Expect("NOR", "other", "5e9 NOK"),),
    ),
    Case(
        "damit_and_bereits_before_a_delivery_date_keep_the_pledge",
        "Damit liefert Berlin der Ukraine bereits im Mai zehn Leopard-Panzer.",
        (Expect("DEU", "armour", "10 vehicle"),),
    ),
    Case(
        "a_sum_added_with_dazu_is_no_tranche_paid_out_of_the_sum_before",
        "Brüssel gibt eine weitere Tranche von 500 Millionen Euro aus der Friedensfazilität für die Ukraine frei, dazu 45 "
        "Millionen Euro für die Ausbildung.",
        (Expect("EU", "military_general", "5e8 EUR"), Expect("EU", "military_general", "4.5e7 EUR")),
    ),
    Case(
        "a_total_after_sodass_is_the_tally_of_the_increase",
        "Kanada verdoppelt seinen Beitrag mit vier weiteren Leopard-Panzern, sodass aus Ottawa insgesamt acht Panzer "
        "kommen.",
        (Expect("CAN", "armour", "4 vehicle"),),
    ),
    Case(
        "a_request_verb_at_the_end_of_a_long_relative_clause_makes_its_sum_a_request",
        "Berlin gibt der Ukraine weitere 500 Millionen Euro. In Washington hängt ein Paket von rund 60 Milliarden Dollar, "
        "das Präsident Joe Biden beim Kongress beantragt hat, weiter fest.",
        (Expect("DEU", "military_general", "5e8 EUR"),),
    ),
    Case(
        "the_first_of_one_model_is_no_part_of_a_larger_count_of_another",
        "Die ersten sechs Leopard-Panzer aus Spanien sind zusammen mit 20 M113-Transportpanzern auf dem Weg in die "
        "Ukraine.",
        (Expect("ESP", "armour", "6 vehicle"), Expect("ESP", "armour", "20 vehicle")),
    ),
    Case(
        "a_purchase_from_a_seller_state_named_is_still_the_buyers_own",
        "Deutschland gibt der Ukraine zwei weitere Patriot-Startgeräte. Selenskyj sagte, Kiew wolle zehn Patriot-Systeme "
        "aus den USA kaufen.",
        (Expect("DEU", "air_defence", "2 launcher"),),
    ),
    Case(
        "a_total_after_womit_is_a_tally",
        "Spanien schickt vier weitere Leopard-Panzer in die Ukraine, womit Madrid insgesamt zehn Panzer dieses Typs "
        "beisteuert.",
        (Expect("ESP", "armour", "4 vehicle"),),
    ),
    Case(
        "a_relative_clause_that_tallies_what_was_given_makes_a_tally",
        "Die 30 Caesar-Haubitzen, die Frankreich der Ukraine bisher insgesamt überlassen hat, sollen bis März in den "
        "Beständen des Heeres ersetzt sein.",
        (),
    ),
    Case(
        "a_dot_after_a_small_number_before_an_opener_ends_the_sentence",
        "Die USA schicken der Ukraine vier weitere Himars-Raketenwerfer, damit wächst die Zahl der zugesagten Systeme auf "
        "16. Das neue Paket im Wert von 270 Millionen Dollar enthält außerdem 580 Drohnen.",
        (
            Expect("USA", "artillery", "4 launcher"),
            Expect("USA", "military_general", "2.7e8 USD"),
            Expect("USA", "drones", "580 drone"),
        ),
    ),
    Case(
        "the_value_of_a_count_bought_for_other_states_is_no_pledge_either",
        "Die Nato-Beschaffungsagentur kauft bis zu 1000 Patriot-Abfangraketen für Deutschland, die Niederlande und "
        "Spanien im Wert von 5,5 Milliarden Dollar.",
        (),
    ),
]


BLIND_RULES_26 = [
    Case(
        "a_state_at_a_nato_meeting_gives_not_nato",
        "Der britische Außenminister sagte am Rande des Nato-Treffens in Vilnius der Ukraine 40 Millionen Pfund zu.",
        (Expect("GBR", "military_general", "4e7 GBP"),),
    ),
    Case(
        "a_state_paying_through_a_nato_fund_gives_not_nato",
        "Südkoreas Präsident kündigte an, über den Treuhandfonds der NATO 25 Millionen Dollar für die Ukraine "
        "bereitzustellen.",
        (Expect("KOR", "military_general", "2.5e7 USD"),),
    ),
    Case(
        "a_state_at_the_meeting_of_the_nato_gives_not_nato",
        "Kanadas Verteidigungsministerin sagte am Rande des Treffens der Nato in Brüssel 60 Millionen Dollar für die "
        "Ukraine zu.",
        (Expect("CAN", "military_general", "6e7 CAD"),),
    ),
    Case(
        "a_sum_without_its_currency_said_for_each_of_two_years_is_a_rate",
        "Für dieses Jahr gibt Berlin der Ukraine 7 Milliarden Euro, für 2026 und 2027 sind jeweils 6 Milliarden vorgesehen.",
        (
            Expect("DEU", "military_general", "7e9 EUR", period=(2025, 2025)),
            Expect("DEU", "military_general", "6e9 EUR / year", period=(2026, 2027)),
        ),
        published="2025-03-10",
    ),
    Case(
        "a_total_that_flowed_in_a_past_span_is_a_tally",
        "Zwischen 2022 und Ende 2024 flossen nach Angaben der Regierung insgesamt 12 Milliarden Euro an Militärhilfe in "
        "die Ukraine.",
        (),
        published="2025-06-02",
    ),
    Case(
        "launchers_after_an_air_defence_model_named_uncounted_are_air_defence",
        "Belgien schließt sich der Patriot-Initiative an und stellt der Ukraine drei Startgeräte bereit.",
        (Expect("BEL", "air_defence", "3 launcher"),),
    ),
    Case(
        "abschussvorrichtungen_are_launchers",
        "Portugal schickt der Ukraine zwei Abschussvorrichtungen für Flugabwehrraketen.",
        (Expect("PRT", "air_defence", "2 launcher"),),
    ),
    Case(
        "a_need_named_by_a_compound_of_bedarf_is_no_pledge",
        "Die Regierung in Kiew beziffert ihren Verteidigungsbedarf für das kommende Jahr auf 90 Milliarden Dollar.",
        (),
    ),
    Case(
        "light_bulbs_are_relief_pieces",
        "Die EU-Kommission will der Ukraine weitere zehn Millionen LED-Glühbirnen zur Verfügung stellen.",
        (Expect("EU", "humanitarian", "1e7 piece"),),
    ),
    Case(
        "a_formation_in_the_dative_restates_the_count",
        "Polen gibt der Ukraine 14 Kampfpanzer Leopard 2A4 ab – das entspricht einer Kompanie.",
        (Expect("POL", "armour", "14 vehicle"), Expect("POL", "armour", "1 company", same_as=0)),
    ),
    Case(
        "an_article_before_a_coordinated_count_counts_one",
        "Norwegen werde der Ukraine ein NASAMS-System sowie bis zum Sommer rund 20 Panzerhaubitzen liefern.",
        (Expect("NOR", "air_defence", "1 system"), Expect("NOR", "artillery", "20 system")),
    ),
    Case(
        "an_article_after_a_comma_and_an_additive_word_after_a_count_counts_one",
        "Rund 20 Radpanzer will Paris bis zum Herbst an Kiew übergeben, dazu eine SAMP/T-Batterie.",
        (Expect("FRA", "armour", "20 vehicle"), Expect("FRA", "air_defence", "1 system")),
    ),
    Case(
        "an_article_before_a_relative_clause_with_a_giving_word_counts_one",
        "Nach einem NASAMS-System, das Oslo im Frühjahr zugesagt hatte, schickt Norwegen der Ukraine nun zwölf "
        "Panzerhaubitzen.",
        (Expect("NOR", "air_defence", "1 system"), Expect("NOR", "artillery", "12 system")),
    ),
    Case(
        "sich_bitten_lassen_is_no_request",
        "Lange hatte sich die Regierung bitten lassen, nun sagt Berlin der Ukraine zehn Panzerhaubitzen zu.",
        (Expect("DEU", "artillery", "10 system"),),
    ),
    Case(
        "bare_parts_of_a_sum_that_values_a_count_take_its_currency",
        "Die EU will der Ukraine eine Million Granaten liefern. Dafür fließen zwei Milliarden Euro: eine Milliarde für "
        "Granaten aus Beständen und eine weitere Milliarde für neue Bestellungen.",
        (
            Expect("EU", "ammunition", "1e6 round"),
            Expect("EU", "ammunition", "2e9 EUR", same_as=0),
            Expect("EU", "ammunition", "1e9 EUR"),
            Expect("EU", "ammunition", "1e9 EUR"),
        ),
    ),
    Case(
        "a_count_after_a_fraction_of_the_whole_named_before_is_that_fraction",
        "Bis zum Sommer wird Berlin nur etwa die Hälfte der versprochenen 20.000 Granaten liefern können, nämlich rund "
        "10.000 Stück.",
        (Expect("DEU", "ammunition", "20000 round"),),
    ),
    Case(
        "a_count_due_by_a_deadline_beside_a_larger_pledge_of_its_unit_is_its_schedule",
        "Zugesagt hat Oslo 24 Panzerhaubitzen; bis Ende Mai sollen zwölf Haubitzen in der Ukraine eingetroffen sein.",
        (Expect("NOR", "artillery", "24 system"),),
    ),
    Case(
        "a_count_due_by_a_deadline_then_the_pledge_in_the_same_sentence",
        "Bis Ende Juni sollen zehn Fahrzeuge übergeben sein, insgesamt hat Berlin 25 Flugabwehrpanzer zugesagt.",
        (Expect("DEU", "air_defence", "25 vehicle", period=(None, 2023)),),
        published="2023-04-03",
    ),
    Case(
        "exemplare_count_the_noun_named_before",
        "Statt der angekündigten zehn Panzerhaubitzen liefert Berlin nun zwölf Exemplare an die Ukraine.",
        (Expect("DEU", "artillery", "12 system"),),
    ),
    Case(
        "an_order_of_the_bundeswehr_is_its_own",
        "Um die an die Ukraine abgegebenen Haubitzen zu ersetzen, bestellt die Bundeswehr zehn neue Panzerhaubitzen beim "
        "Hersteller.",
        (),
    ),
    Case(
        "a_sum_in_a_clause_opened_by_bislang_waren_is_superseded",
        "Dänemark verdoppelt seine Hilfe für die Ukraine auf zwei Milliarden Euro. Bislang waren im Haushalt dafür eine "
        "Milliarde Euro vorgesehen.",
        (Expect("DNK", "military_general", "2e9 EUR"),),
    ),
    Case(
        "an_article_whose_noun_a_value_follows_counts_one",
        "Oslo will ein Flugabwehrsystem vom Typ NASAMS im Wert von 200 Millionen Euro kaufen und an Kiew weitergeben.",
        (Expect("NOR", "air_defence", "1 system"), Expect("NOR", "air_defence", "2e8 EUR", same_as=0)),
    ),
    Case(
        "a_gapped_count_after_a_giver_and_an_adverb_counts_the_noun_before",
        "Dänemark schickt zehn Panzerhaubitzen, Schweden zunächst vier und Finnland zwei.",
        (
            Expect("DNK", "artillery", "10 system"),
            Expect("SWE", "artillery", "4 system"),
            Expect("FIN", "artillery", "2 system"),
        ),
    ),
    Case(
        "a_target_raised_in_the_next_sentence_counts_the_noun_said_before",
        "Die Mission sollte ursprünglich 10.000 ukrainische Soldaten ausbilden. Nun hebt die EU das Ziel auf 20.000 an.",
        (Expect("EU", "personnel", "20000 person"),),
    ),
    Case(
        "a_raise_supersedes_no_other_givers_count",
        "Finnland will bis zu zwölf Panzerhaubitzen überlassen. Norwegen hatte die Zahl seiner zugesagten "
        "Panzerhaubitzen zuvor von acht auf 16 erhöht.",
        (Expect("FIN", "artillery", "12 system", high="12 system"), Expect("NOR", "artillery", "16 system")),
    ),
    Case(
        "the_deal_in_the_next_sentence_values_the_count",
        "Schweden ermöglicht der Ukraine den Kauf von 200 Panzerabwehrwaffen. Das Geschäft im Umfang von 50 Millionen "
        "Euro wird über Exportkredite finanziert.",
        (Expect("SWE", "small_arms", "200 weapon"), Expect("SWE", "small_arms", "5e7 EUR", same_as=0)),
    ),
    Case(
        "having_items_made_for_ukraine_is_no_production",
        "Frankreich will in diesem Jahr 30 Haubitzen für die Ukraine fertigen lassen.",
        (Expect("FRA", "artillery", "30 system", period=(2025, 2025)),),
        published="2025-01-20",
    ),
    Case(
        "the_old_figure_a_larger_one_outbids_is_no_pledge",
        "Die Regierung will die Ukraine im kommenden Jahr mit neun Milliarden Euro unterstützen – deutlich mehr als im "
        "Haushaltsentwurf, der sieben Milliarden Euro enthielt.",
        (Expect("DEU", "military_general", "9e9 EUR", period=(2026, 2026)),),
        published="2025-09-01",
    ),
    Case(
        "the_price_named_after_a_purchase_for_ukraine_values_it",
        "Norwegen kauft in den USA ein NASAMS-System für die Ukraine. Der Preis liegt bei 300 Millionen Dollar.",
        (Expect("NOR", "air_defence", "1 system"), Expect("NOR", "air_defence", "3e8 USD", same_as=0)),
    ),
    Case(
        "a_rate_phrase_that_opens_the_clause_reaches_its_amount",
        "Dänemark legt für die Ukraine einen Fonds über 30 Milliarden Kronen auf. Pro Jahr sollen damit zehn Milliarden "
        "Kronen fließen.",
        (Expect("DNK", "military_general", "3e10 DKK"), Expect("DNK", "military_general", "1e10 DKK / year")),
    ),
    Case(
        "a_part_said_with_davon_has_the_purpose_after_it",
        "Dänemark stellt der Ukraine 1,5 Milliarden Kronen bereit. Allein 300 Millionen Kronen davon sind für Drohnen "
        "vorgesehen.",
        (Expect("DNK", "military_general", "1.5e9 DKK"), Expect("DNK", "drones", "3e8 DKK")),
    ),
    Case(
        "dafuer_after_a_count_in_its_sentence_links_the_sum_to_it",
        "Die Niederlande wollen der Ukraine 200.000 Granaten liefern und stellen dafür 400 Millionen Euro bereit.",
        (Expect("NLD", "ammunition", "200000 round"), Expect("NLD", "ammunition", "4e8 EUR", same_as=0)),
    ),
]


BLIND_RULES_27 = [
    Case(
        "the_first_system_arrived_before_further_ones_counts_one",
        "Das erste Flugabwehrsystem vom Typ NASAMS aus Norwegen ist in der Ukraine angekommen. Zwei weitere Systeme "
        "sollen im Frühjahr folgen.",
        (Expect("NOR", "air_defence", "1 system"), Expect("NOR", "air_defence", "2 system")),
    ),
    Case(
        "the_first_of_a_whole_pledged_is_no_pledge_of_its_own",
        "Das erste Flugabwehrsystem SAMP/T aus Italien ist in der Ukraine eingetroffen. Rom hat insgesamt drei Systeme "
        "dieses Typs zugesagt.",
        (Expect("ITA", "air_defence", "3 system"),),
    ),
    Case(
        "the_first_of_three_named_after_it_is_no_pledge_of_its_own",
        "Das erste Flugabwehrsystem SAMP/T aus Italien ist in der Ukraine eingetroffen. Es ist das erste von drei "
        "Systemen, die Rom zugesagt hat.",
        (Expect("ITA", "air_defence", "3 system"),),
    ),
    Case(
        "the_first_after_a_copula_is_a_rank",
        "Die Panzerhaubitze war das erste schwere Waffensystem, das Den Haag der Ukraine zusagte.",
        (),
    ),
    Case(
        "abgeben_gives_an_article_one",
        "Spanien liefert der Ukraine zehn Leopard-Panzer. Zusätzlich will Madrid eine Hawk-Flugabwehrbatterie abgeben.",
        (Expect("ESP", "armour", "10 vehicle"), Expect("ESP", "air_defence", "1 system")),
    ),
    Case(
        "an_article_item_contained_in_the_package_before_counts_one",
        "Kanada kündigte ein Hilfspaket über 500 Millionen Dollar an. Erstmals ist darin auch ein NASAMS-Flugabwehrsystem "
        "enthalten.",
        (Expect("CAN", "military_general", "5e8 CAD"), Expect("CAN", "air_defence", "1 system")),
    ),
    Case(
        "an_article_item_with_a_package_counts_one",
        "Die Niederlande geben ein Paket von 300 Millionen Euro frei, erstmals mit einer Patriot-Batterie.",
        (Expect("NLD", "military_general", "3e8 EUR"), Expect("NLD", "air_defence", "1 system")),
    ),
    Case(
        "each_of_a_list_broken_by_a_comma_and_an_article_gives_one",
        "Im Mai hatten Schweden, die Niederlande und Dänemark der Ukraine je ein Flugabwehrsystem übergeben.",
        (
            Expect("SWE", "air_defence", "1 system"),
            Expect("NLD", "air_defence", "1 system"),
            Expect("DNK", "air_defence", "1 system"),
        ),
    ),
    Case(
        "the_value_of_deliveries_a_halt_affects_is_no_pledge",
        "Die Regierung hat alle Lieferungen an die Ukraine eingefroren. Betroffen sind nach Angaben aus Regierungskreisen "
        "Rüstungsgüter im Wert von rund 800 Millionen Dollar.",
        (),
    ),
    Case(
        "what_the_recipient_aims_for_in_a_longer_opening_clause_is_no_pledge",
        "Polen finanziert ein Paket über 100 Millionen Dollar. Die Ukraine strebt nach eigenen Worten an, auf diesem Weg "
        "jeden Monat Waffen für 500 Millionen Dollar zu kaufen.",
        (Expect("POL", "military_general", "1e8 USD"),),
    ),
    Case(
        "a_package_that_will_no_longer_be_passed_is_no_pledge",
        "Ein zusätzliches Paket über zwei Milliarden Euro, für das der Verteidigungsminister seit Wochen wirbt, wird vor "
        "der Wahl nicht mehr beschlossen.",
        (),
    ),
    Case(
        "a_package_without_a_green_light_is_no_pledge",
        "Für ein Hilfspaket von einer Milliarde Euro, das die Ministerin noch im Frühjahr schnüren wollte, gibt es vorerst "
        "kein grünes Licht.",
        (),
    ),
    Case(
        "a_sum_that_many_less_is_a_comparison",
        "Für 2027 plant Berlin 9 Milliarden Euro Militärhilfe für die Ukraine ein. Der erste Entwurf hatte zwei Milliarden "
        "Euro weniger vorgesehen.",
        (Expect("DEU", "military_general", "9e9 EUR", period=(2027, 2027)),),
    ),
    Case(
        "a_draft_sum_below_the_sum_pledged_is_superseded",
        "Berlin will die Ukraine-Hilfe im kommenden Jahr auf sechs Milliarden Euro erhöhen. Im Regierungsentwurf standen "
        "dafür bisher nur drei Milliarden Euro.",
        (Expect("DEU", "military_general", "6e9 EUR", period=(2027, 2027)),),
        published="2026-06-01",
    ),
    Case(
        "a_draft_for_this_year_beside_a_larger_rate_for_later_years_stays",
        "Im Haushaltsentwurf sind für 2027 fünf Milliarden Euro für die Ukraine vorgesehen; 2028 bis 2030 sollen es "
        "jeweils sechs Milliarden Euro pro Jahr sein.",
        (
            Expect("DEU", "military_general", "5e9 EUR", period=(2027, 2027)),
            Expect("DEU", "military_general", "6e9 EUR / year", period=(2028, 2030)),
        ),
        published="2026-06-01",
    ),
    Case(
        "a_draft_sum_said_first_is_superseded_by_a_larger_one_after",
        "Der Haushaltsentwurf hatte für die Ukraine im kommenden Jahr zunächst drei Milliarden Euro vorgesehen. Nun "
        "stellt Berlin 2027 sechs Milliarden Euro für Waffen und Munition bereit.",
        (Expect("DEU", "military_general", "6e9 EUR", period=(2027, 2027)),),
        published="2026-06-01",
    ),
    Case(
        "a_noun_in_the_genitive_after_an_article_counts_one",
        "Die Regierung in Wien hat die Lieferung eines Flugabwehrsystems vom Typ Skynex an die Ukraine angekündigt.",
        (Expect("AUT", "air_defence", "1 system"),),
    ),
    Case(
        "more_than_before_the_next_number_is_its_bound_not_a_comparison",
        "Berlin finanziert mit 300 Millionen Euro mehr als 100 Flugabwehrraketen für die Ukraine.",
        (
            Expect("DEU", "air_defence", "3e8 EUR", same_as=1),
            Expect("DEU", "air_defence", "100 missile", low="100 missile"),
        ),
    ),
    Case(
        "a_sum_followed_by_wert_values_the_count_before_and_its_conversion_too",
        "London will der Ukraine 2000 Flugabwehrraketen liefern. Der Vertrag ist bis zu 500 Millionen Pfund wert, "
        "umgerechnet rund 590 Millionen Euro.",
        (
            Expect("GBR", "air_defence", "2000 missile"),
            Expect("GBR", "air_defence", "5e8 GBP", high="5e8 GBP", same_as=0),
            Expect("GBR", "air_defence", "5.9e8 EUR", same_as=0),
        ),
    ),
    Case(
        "goods_ordered_to_be_made_for_the_recipient_are_pledged",
        "Die Bundesregierung hat einen Auftrag erteilt: Für die Ukraine sollen 50.000 Schuss Munition für den Gepard "
        "hergestellt werden.",
        (Expect("DEU", "ammunition", "50000 round"),),
    ),
    Case(
        "what_industry_could_make_for_the_recipient_is_capacity",
        "Die USA und Europa könnten nur 1,2 Millionen Schuss für die Ukraine herstellen.",
        (),
    ),
    Case(
        "output_made_for_the_recipient_with_no_order_is_not_the_pledge_of_its_part",
        "Laut Paris würden in diesem Jahr 60 Caesar-Haubitzen für die Ukraine gefertigt. 12 davon bezahle Frankreich "
        "selbst.",
        (Expect("FRA", "artillery", "12 system"),),
    ),
    Case(
        "a_formation_with_its_members_counted_is_given_by_their_clause",
        "Die Niederlande werden der Ukraine zunächst eine Kompanie mit 12 Panzerhaubitzen aus Beständen der Armee "
        "überlassen.",
        (Expect("NLD", "artillery", "1 company"), Expect("NLD", "artillery", "12 system", same_as=0)),
    ),
    Case(
        "a_hedge_between_a_restatement_cue_and_its_article",
        "Frankreich will bis zu 2.000 ukrainische Soldaten ausbilden – das entspricht etwa einem Bataillon.",
        (
            Expect("FRA", "personnel", "2000 person", high="2000 person"),
            Expect("FRA", "personnel", "1 battalion", same_as=0),
        ),
    ),
    Case(
        "helicopters_offered_to_a_third_state_at_a_discount_are_no_aid",
        "Tschechien überlässt der Ukraine 10 Kampfjets; die USA bieten zudem acht Kampfhubschrauber zu Vorzugskonditionen "
        "an.",
        (Expect("CZE", "aircraft", "10 aircraft"),),
    ),
    Case(
        "an_article_item_a_clause_buys_for_the_recipient_counts_one",
        "Norwegen wird für die Ukraine ein Flugabwehrsystem vom Typ NASAMS in den USA kaufen. Das System hat einen Wert "
        "von rund 300 Millionen Dollar.",
        (Expect("NOR", "air_defence", "1 system"), Expect("NOR", "air_defence", "3e8 USD", same_as=0)),
    ),
    Case(
        "the_value_of_a_count_said_right_after_it_outweighs_a_production_word",
        "Oslo kauft für die Ukraine ein Flugabwehrsystem vom Typ NASAMS aus US-Produktion im Wert von 300 Millionen "
        "Dollar.",
        (Expect("NOR", "air_defence", "1 system"), Expect("NOR", "air_defence", "3e8 USD", same_as=0)),
    ),
    Case(
        "a_long_blocked_bill_now_signed_pledges",
        "Der Präsident unterschreibt das monatelang blockierte Hilfsgesetz: Für die Ukraine sind darin rund 40 Milliarden "
        "Dollar vorgesehen.",
        (Expect("USA", "military_general", "4e10 USD"),),
    ),
    Case(
        "a_total_together_with_earlier_aid_is_a_running_total",
        "Dänemark stellt der Ukraine für 2025 weitere 10 Milliarden Kronen bereit. Zusammen mit der bisherigen Hilfe "
        "steigt die dänische Unterstützung damit auf mehr als 70 Milliarden Kronen.",
        (Expect("DNK", "military_general", "1e10 DKK", period=(2025, 2025)),),
    ),
    Case(
        "the_parts_of_a_count_found_but_not_given_are_no_pledges",
        "Polen hat nach eigenen Angaben außerhalb der EU rund 400.000 Granaten ausfindig gemacht, die an die Ukraine gehen "
        "könnten, sofern die Finanzierung steht. Es handle sich um 250.000 Schuss im Kaliber 155 Millimeter und 150.000 "
        "im Kaliber 122 Millimeter.",
        (),
    ),
]


BLIND_RULES_28 = [
    Case(
        "a_purchase_to_replace_what_was_given_is_the_buyers_own",
        "Rumänien hat 54 Kampfpanzer vom Typ Abrams bestellt, um die an die Ukraine abgegebenen Schützenpanzer zu ersetzen.",
        (),
    ),
    Case(
        "a_state_that_re_arms_still_gives_what_it_hands_the_recipient",
        "Die Slowakei rüstet ihre Armee auf: Bratislava kauft 152 Schützenpanzer vom Typ CV90 in Schweden, der Ukraine "
        "überlässt sie 30 ältere BMP-1.",
        (Expect("SVK", "armour", "30 vehicle"),),
    ),
    Case(
        "drones_an_air_defence_intercepts_are_no_aid",
        "Die Luftverteidigung fing in der Nacht 45 Drohnen ab, teilte die Armee in Kiew mit.",
        (),
    ),
    Case(
        "an_elliptic_figure_after_a_figure_that_is_no_pledge_is_none",
        "Der Bedarf ist groß: Die ukrainische Artillerie verschießt täglich bis zu 6.000 Granaten, die russische an "
        "manchen Tagen bis zu 15.000.",
        (),
    ),
    Case(
        "the_size_a_state_wants_for_its_own_army_is_no_pledge",
        "Rumänien hat der Ukraine ein Patriot-System überlassen. Zugleich will Bukarest die eigene Armee auf 120.000 "
        "Soldaten vergrößern.",
        (Expect("ROU", "air_defence", "1 system"),),
    ),
    Case(
        "the_crew_a_system_needs_is_no_pledge",
        "Berlin gibt Kiew ein weiteres Patriot-System. Zur Bedienung eines Systems sind etwa 90 Soldaten nötig.",
        (Expect("DEU", "air_defence", "1 system"),),
    ),
    Case(
        "parts_of_a_system_are_no_whole_system",
        "Die Slowakei überlässt der Ukraine Teile ihres Flugabwehrsystems Kub und 13 MiG-29.",
        (Expect("SVK", "aircraft", "13 aircraft"),),
    ),
    Case(
        "a_seized_aircraft_is_no_aid",
        "Kanada sagt der Ukraine 500 Millionen Dollar zu. Zugleich wurde in Toronto ein beschlagnahmtes russisches "
        "Frachtflugzeug vorgeführt.",
        (Expect("CAN", "military_general", "5e8 CAD"),),
    ),
    Case(
        "money_reserved_for_ammunition_is_pledged",
        "Norwegen schickt der Ukraine sechs Kampfpanzer. Für Munition und Ersatzteile reserviert Oslo zudem 300 Millionen "
        "Kronen.",
        (Expect("NOR", "armour", "6 vehicle"), Expect("NOR", "ammunition", "3e8 NOK")),
    ),
    Case(
        "money_to_expand_the_capacity_of_the_donors_own_industry_is_no_aid",
        "Norwegen zahlt bis zu 1,6 Milliarden Kronen in die tschechische Munitionsinitiative ein. Zuvor hatte Oslo zwei "
        "Milliarden Kronen reserviert, um die Kapazitäten der heimischen Munitionshersteller auszubauen.",
        (Expect("NOR", "ammunition", "1.6e9 NOK", high="1.6e9 NOK"),),
    ),
    Case(
        "what_a_third_state_receives_in_its_relative_clause_is_no_aid",
        "Die Slowakei gibt der Ukraine 30 Schützenpanzer BMP-1. Ein ähnlicher Tausch läuft mit Griechenland, das 40 "
        "Marder erhält.",
        (Expect("SVK", "armour", "30 vehicle"),),
    ),
    Case(
        "the_size_of_a_states_army_in_a_relative_clause_is_no_pledge",
        "Auch Luxemburg, dessen Armee nur rund 1000 Soldaten zählt, schickt 100 Panzerabwehrwaffen.",
        (Expect("LUX", "small_arms", "100 weapon"),),
    ),
    Case(
        "a_count_for_a_package_ranked_by_an_ordinal_since_the_war_is_pledged",
        "Finnland schickt der Ukraine drei Minenräumpanzer. Das Paket ist das 14. seit Kriegsbeginn und hat einen Wert "
        "von 150 Mio. Euro.",
        (Expect("FIN", "armour", "3 vehicle"), Expect("FIN", "military_general", "1.5e8 EUR")),
    ),
    Case(
        "trailers_count_pieces",
        "Australien schickt der Ukraine 20 Lastwagen samt 10 Anhängern.",
        (Expect("AUS", "other", "20 vehicle"), Expect("AUS", "other", "10 piece")),
    ),
    Case(
        "the_stock_the_given_tanks_come_from_is_no_pledge",
        "Kanada liefert vier weitere Leopard 2. Die Panzer stammen aus einem Bestand von rund 80 Leopard 2 der "
        "kanadischen Armee.",
        (Expect("CAN", "armour", "4 vehicle"),),
    ),
    Case(
        "a_whole_fleet_handed_over_is_pledged",
        "Kroatien übergibt der Ukraine seine gesamte Flotte von 14 Transporthubschraubern des Typs Mi-8.",
        (Expect("HRV", "aircraft", "14 helicopter"),),
    ),
    Case(
        "what_a_donors_own_army_receives_verb_last_is_no_aid",
        "Australien schickt der Ukraine 49 Abrams. Die eigene Armee hat bereits die ersten von 75 neuen M1A2 erhalten.",
        (Expect("AUS", "armour", "49 vehicle"),),
    ),
    Case(
        "dative_plurals_of_nouns_in_er_count",
        "Kroatien übergibt der Ukraine eine Staffel mit 14 Transporthubschraubern, dazu kommen Mörsern und 30 Ausbildern.",
        (Expect("HRV", "aircraft", "14 helicopter"), Expect("HRV", "personnel", "30 person")),
    ),
    Case(
        "an_aid_word_inside_the_counted_noun_says_nothing_of_giving",
        "Deutschland hat der Ukraine vier Systeme IRIS-T SLM zugesagt. Eine Feuereinheit besteht aus drei Startgeräten, "
        "einem Radar und einem Leitstand.",
        (Expect("DEU", "air_defence", "4 system"),),
    ),
    Case(
        "what_a_refused_request_was_about_is_no_pledge",
        "Österreich hat die Bitte Berlins abgelehnt, dort gefertigte Munition an die Ukraine weiterzugeben. Es geht um rund "
        "8.000 Schuss im Kaliber 35 Millimeter.",
        (),
    ),
    Case(
        "what_a_new_factory_is_to_make_is_no_pledge",
        "Beim Spatenstich für das neue Werk kündigte der Konzern an, dort sollten künftig bis zu 100.000 Granaten pro Jahr "
        "entstehen.",
        (),
    ),
    Case(
        "months_within_which_a_past_promise_falls_count_from_its_month",
        "Die EU-Staaten hatten im März 2023 zugesagt, der Ukraine binnen zwölf Monaten eine Million Granaten zu liefern.",
        (Expect("EU", "ammunition", "1e6 round", period=(2023, 2024)),),
        published="2024-01-31",
    ),
    Case(
        "months_within_which_a_promise_of_last_month_falls",
        "Die EU hatte im vergangenen März versprochen, der Ukraine binnen zwölf Monaten eine Million Granaten zu liefern.",
        (Expect("EU", "ammunition", "1e6 round", period=(2023, 2024)),),
        published="2024-01-31",
    ),
    Case(
        "an_end_in_the_next_month_of_that_name",
        "Großbritannien liefert der Ukraine bis zum Ende des Haushaltsjahres im nächsten April 100.000 Drohnen.",
        (Expect("GBR", "drones", "1e5 drone", period=(None, 2026)),),
        published="2025-06-04",
    ),
    Case(
        "arrived_rounds_that_are_a_share_of_a_pledge_are_progress",
        "Bis Ende März werden 400.000 Schuss in der Ukraine angekommen sein, knapp die Hälfte der zugesagten Menge.",
        (),
    ),
    Case(
        "a_state_rearming_its_own_army_buys_for_itself",
        "Polen rüstet die eigene Armee mit Waffen aus Südkorea auf: Warschau unterzeichnete Verträge über 500 Kampfpanzer "
        "K2. Viele alte Panzer hatte das Land zuvor an die Ukraine abgegeben.",
        (),
    ),
    Case(
        "tanks_to_be_sold_back_to_their_maker_are_no_aid",
        "Das Parlament erlaubt, 25 stillgelegte Kampfpanzer Leopard 2 an den Hersteller zurückzuverkaufen; an die Ukraine "
        "dürfen sie nicht gehen.",
        (),
    ),
    Case(
        "how_long_a_blockade_lasted_sums_nothing",
        "Die EU-Staaten haben die 50 Milliarden Euro für die Ukraine gebilligt und eine Blockade beendet, die seit Dezember "
        "angedauert hatte.",
        (Expect("EU", "military_general", "5e10 EUR"),),
    ),
    Case(
        "what_a_fund_currently_holds_is_a_running_total",
        "Die Nato-Staaten beraten über eine Aufstockung des Fonds für die Ukraine, dessen Volumen derzeit bei rund 300 "
        "Millionen Euro im Jahr liegt.",
        (),
    ),
    Case(
        "a_framework_contract_of_a_state_rearming_is_its_own",
        "Polen rüstet seine Streitkräfte auf, auch um die an die Ukraine abgegebenen Panzer zu ersetzen: Ein "
        "Rahmenvertrag mit Seoul umfasst 980 Kampfpanzer K2.",
        (),
    ),
    Case(
        "what_a_week_of_packages_adds_up_to_is_a_running_total",
        "Washington kündigte 600 Millionen Dollar für die Ukraine an. Zusammen mit einer früheren Tranche stellt es damit "
        "allein in dieser Woche eine Milliarde Dollar bereit.",
        (Expect("USA", "military_general", "6e8 USD"),),
    ),
    Case(
        "a_package_of_us_made_weapons_paid_for_is_pledged",
        "Schweden will ein Paket mit Waffen aus US-Produktion im Wert von rund 300 Millionen Dollar für Kiew bezahlen.",
        (Expect("SWE", "military_general", "3e8 USD"),),
    ),
    Case(
        "fire_control_posts_count_systems",
        "Norwegen sagt der Ukraine acht NASAMS-Startgeräte und vier Feuerleitstände zu.",
        (Expect("NOR", "air_defence", "8 launcher"), Expect("NOR", "air_defence", "4 system")),
    ),
]


BLIND_RULES_29 = [
    Case(
        "an_anti_tank_missile_is_no_air_defence_beside_air_defence_missiles",
        "Oslo kündigte weitere Mistral-Flugabwehrraketen und 600 Panzerabwehrraketen für die Ukraine an.",
        (Expect("NOR", "ammunition", "600 missile"),),
    ),
    Case(
        "a_later_sentence_naming_one_item_dates_that_item_only",
        "Die Niederlande geben der Ukraine 12 Panzerhaubitzen und ein Patriot-System. Die Haubitzen sollen bis Ende "
        "Juni übergeben werden.",
        (Expect("NLD", "artillery", "12 system", period=(None, 2024)), Expect("NLD", "air_defence", "1 system")),
        published="2024-03-01",
    ),
    Case(
        "a_period_in_a_relative_clause_is_its_antecedents_only",
        "Schweden liefert 20 Schützenpanzer, die bis Ende Mai ankommen sollen, dazu ein Patriot-System.",
        (Expect("SWE", "armour", "20 vehicle", period=(None, 2024)), Expect("SWE", "air_defence", "1 system")),
        published="2024-03-01",
    ),
    Case(
        "what_an_army_had_in_its_stock_is_no_pledge",
        "Polen gibt der Ukraine zwei weitere Haubitzen. Vor dem Krieg hatte das Heer 30 Panzerhaubitzen in seinem "
        "Bestand.",
        (Expect("POL", "artillery", "2 system"),),
    ),
    Case(
        "a_counter_after_a_noun_of_a_named_type_counts_that_noun",
        "Kanada schickt der Ukraine Drohnen vom Typ SkyRanger R70, rund 400 Stück, wie das Ministerium mitteilte.",
        (Expect("CAN", "drones", "400 drone"),),
    ),
    Case(
        "a_number_set_off_by_commas_with_an_der_zahl_counts_the_noun_before",
        "Dänemark überlässt der Ukraine Leopard-Kampfpanzer, zehn an der Zahl, aus eigenen Beständen.",
        (Expect("DNK", "armour", "10 vehicle"),),
    ),
    Case(
        "a_number_raised_across_a_relative_clause_counts_the_noun_of_zahl_der",
        "Spanien erhöht die Zahl der Schützenpanzer, die nach Kiew gehen, von 10 auf 20.",
        (Expect("ESP", "armour", "20 vehicle"),),
    ),
    Case(
        "the_next_part_of_a_split_after_davon_is_a_pledge_of_its_own",
        "Estland hat bei heimischen Firmen 3.000 Drohnen bestellt. Rund 1.000 davon behält die eigene Armee, knapp "
        "2.000 gehen an die Ukraine.",
        (Expect("EST", "drones", "2000 drone", high="2000 drone"),),
    ),
    Case(
        "a_tally_word_before_the_old_figure_of_a_raise_is_that_figures",
        "Die Bundesregierung stockt die Militärhilfe auf: Der Titel für die Ukraine steigt für 2025 von bislang 4 auf "
        "7 Milliarden Euro.",
        (Expect("DEU", "military_general", "7e9 EUR", period=(2025, 2025)),),
        published="2024-11-01",
    ),
    Case(
        "a_new_giver_with_a_giving_verb_restates_nothing_of_the_sentence_before",
        "Polen liefert der Ukraine 12 Haubitzen. Auch die Slowakei will Rüstungsgüter im Wert von umgerechnet 30 "
        "Millionen Euro liefern.",
        (Expect("POL", "artillery", "12 system"), Expect("SVK", "military_general", "3e7 EUR")),
    ),
    Case(
        "noch_in_diesem_jahr_is_this_year",
        "Deutschland liefert der Ukraine ein weiteres Skynex-System. Noch in diesem Jahr sollen außerdem 50 "
        "Lenkflugkörper für IRIS-T folgen.",
        (Expect("DEU", "air_defence", "1 system"), Expect("DEU", "air_defence", "50 missile", period=(2024, 2024))),
        published="2024-02-16",
    ),
    Case(
        "an_additive_clause_continues_a_pledge_given_without_a_count",
        "Berlin sagte der Ukraine am Mittwoch das System IRIS-T SLM zu. Zudem werde Deutschland ein Ortungsradar "
        "liefern, hieß es.",
        (Expect("DEU", "other", "1 system"),),
    ),
    Case(
        "a_promised_figure_stays_a_pledge_when_it_is_missed",
        "Die von Berlin versprochenen 20 Panzerhaubitzen würden nicht rechtzeitig ankommen, räumte das Ministerium ein.",
        (Expect("DEU", "artillery", "20 system"),),
    ),
    Case(
        "geschosse_in_austrian_spelling_are_rounds",
        "Die EU will der Ukraine 500.000 Artilleriegeschoße liefern.",
        (Expect("EU", "ammunition", "500000 round"),),
    ),
    Case(
        "the_european_peace_facility_is_the_eu",
        "Aus der Europäischen Friedensfazilität erhält die Ukraine weitere 500 Millionen Euro für Munition.",
        (Expect("EU", "ammunition", "5e8 EUR"),),
    ),
    Case(
        "one_of_the_givers_own_count_is_one",
        "Griechenland überlässt der Ukraine eines seiner sechs Patriot-Flugabwehrsysteme.",
        (Expect("GRC", "air_defence", "1 system"),),
    ),
    Case(
        "maschinen_after_a_named_aircraft_are_aircraft",
        "Nach Polen will auch Tschechien der Ukraine Kampfjets vom Typ L-159 überlassen: Prag gibt zehn Maschinen ab.",
        (Expect("CZE", "aircraft", "10 aircraft"),),
    ),
    Case(
        "maschinen_of_a_helicopter_type_are_helicopters",
        "Großbritannien liefert der Ukraine drei Maschinen vom Typ Sea King.",
        (Expect("GBR", "aircraft", "3 helicopter"),),
    ),
    Case(
        "es_sein_counts_what_the_sentence_before_counted",
        "Die ersten vier Panzerhaubitzen sind in der Ukraine angekommen, teilte das Ministerium in Berlin mit. Bis Ende "
        "Oktober sollen es insgesamt zwölf sein.",
        (Expect("DEU", "artillery", "12 system", period=(None, 2024)),),
        published="2024-09-10",
    ),
    Case(
        "es_sein_below_a_larger_pledge_is_a_step_of_its_schedule",
        "Die ersten vier Panzerhaubitzen sind angekommen, bis Ende Oktober sollen es acht sein. Insgesamt hat Berlin "
        "der Ukraine zwölf Panzerhaubitzen zugesagt.",
        (Expect("DEU", "artillery", "12 system"),),
        published="2024-09-10",
    ),
    Case(
        "the_next_part_after_davon_with_weitere_is_a_step_of_the_schedule",
        "Norwegen überlässt der Ukraine 22 Kampfjets. Sechs davon sollen im Herbst ankommen, acht weitere 2025, der "
        "Rest 2026.",
        (Expect("NOR", "aircraft", "22 aircraft"),),
        published="2024-05-01",
    ),
    Case(
        "a_startups_valuation_is_no_pledge",
        "Deutschland liefert der Ukraine 600 Kampfdrohnen eines Start-ups, das bei einer Finanzierungsrunde mit rund "
        "zwei Milliarden Euro bewertet wurde.",
        (Expect("DEU", "drones", "600 drone"),),
    ),
    Case(
        "items_after_ausserdem_follow_a_tally_clause_anew",
        "Norwegen schickt der Ukraine zwei weitere Haubitzen, womit die norwegische Zusage auf zehn steigt, außerdem "
        "einen Bergepanzer und 3000 Schuss Artilleriemunition.",
        (
            Expect("NOR", "artillery", "2 system"),
            Expect("NOR", "armour", "1 vehicle"),
            Expect("NOR", "ammunition", "3000 round"),
        ),
    ),
    Case(
        "es_sein_with_its_own_noun_below_a_larger_pledge_is_progress",
        "Ihr Versprechen, der Ukraine bis Ende März eine Million Granaten zu liefern, wird die EU verfehlen. Bis zu "
        "diesem Termin würden es rund 600.000 Schuss sein, räumte der Außenbeauftragte ein.",
        (Expect("EU", "ammunition", "1000000 round", period=(None, 2024)),),
        published="2024-01-31",
    ),
    Case(
        "die_meisten_der_n_is_the_whole_of_a_vague_part",
        "Spanien liefert der Ukraine vier Leopard 2A4, die meisten der 50 Panzer im Depot sind jedoch nicht einsatzbereit.",
        (Expect("ESP", "armour", "4 vehicle"),),
    ),
]


@tables(
    caught_bugs=CAUGHT_BUGS,
    cases=CASES,
    not_pledges=NOT_PLEDGES,
    generalisation=GENERALISATION,
    generalisation_not_pledges=GENERALISATION_NOT_PLEDGES,
    blind_patterns=BLIND_PATTERNS,
    blind_not_pledges=BLIND_NOT_PLEDGES,
    blind_rules=BLIND_RULES,
    blind_rules_2=BLIND_RULES_2,
    blind_rules_3=BLIND_RULES_3,
    blind_rules_4=BLIND_RULES_4,
    blind_rules_5=BLIND_RULES_5,
    blind_rules_6=BLIND_RULES_6,
    blind_rules_7=BLIND_RULES_7,
    blind_rules_8=BLIND_RULES_8,
    blind_rules_9=BLIND_RULES_9,
    blind_rules_10=BLIND_RULES_10,
    blind_rules_11=BLIND_RULES_11,
    blind_rules_12=BLIND_RULES_12,
    blind_rules_13=BLIND_RULES_13,
    blind_rules_14=BLIND_RULES_14,
    blind_rules_15=BLIND_RULES_15,
    blind_rules_16=BLIND_RULES_16,
    blind_rules_17=BLIND_RULES_17,
    blind_rules_18=BLIND_RULES_18,
    blind_rules_19=BLIND_RULES_19,
    blind_rules_20=BLIND_RULES_20,
    blind_rules_21=BLIND_RULES_21,
    blind_rules_22=BLIND_RULES_22,
    blind_rules_23=BLIND_RULES_23,
    blind_rules_24=BLIND_RULES_24,
    blind_rules_25=BLIND_RULES_25,
    blind_rules_26=BLIND_RULES_26,
    blind_rules_27=BLIND_RULES_27,
    blind_rules_28=BLIND_RULES_28,
    blind_rules_29=BLIND_RULES_29,
)
def test_parse(case: Case) -> None:
    check(case, LANG)
