"""Non-events, round 18 (issue 22): words coded in a sense that is no act of one actor toward
another (``tieline.annotate.senses``).

Every sentence here is written for the test (names invented), none taken from a scored set.
Each kind has a sentence that needs the rule and a twin that must keep its coding."""

from __future__ import annotations

from test_sides import coded


# -- a people at large on the move: migration and private travel ---------------------------
def test_many_men_leaving_their_country_is_no_leaving_of_a_group() -> None:
    assert coded("Hundreds of Armenian men left Armenia after the call-up was announced.",
                 "SANCTION") == []


def test_men_leaving_a_country_is_no_leaving_of_a_group() -> None:
    assert coded("Armenian men left Armenia in large numbers last year.",
                 "SANCTION") == []


def test_a_state_leaving_an_organisation_still_leaves_it() -> None:
    assert coded("Armenia left the CSTO in March.", "SANCTION") == [
        ("ARM", "CSTO", "leave", "reported")]


def test_a_bare_plural_demonym_visiting_is_private_travel() -> None:
    assert coded("He advised Kazakhs currently visiting Kyrgyzstan to stay indoors.",
                 "CONSULT") == []


def test_the_demonym_with_its_article_is_a_states_side_visiting() -> None:
    assert coded("The Kazakhs visited Bishkek for talks on Monday.", "CONSULT") == [
        ("KAZ", "KGZ", "visit", "reported")]


# -- a person's part in an act is their story, no act reported ------------------------------
def test_accused_of_participating_in_aggression_codes_no_assault() -> None:
    assert coded("The court accused him of spying and participating in Armenian aggression "
                 "in 1992.", "ASSAULT") == []


def test_taking_part_in_operations_codes_no_assault() -> None:
    assert coded("She took part in the military operations in Nagorno-Karabakh.",
                 "ASSAULT") == []


def test_a_states_aggression_told_as_such_stays_an_assault() -> None:
    assert [c[0] for c in coded("Armenian aggression in Karabakh continued on Monday.",
                                "ASSAULT")] == ["ARM"]


# -- an act named as the topic of its aftermath ---------------------------------------------
def test_the_consequences_of_aggression_are_no_assault() -> None:
    assert coded("The minister described the consequences of Azerbaijani military "
                 "aggression.", "ASSAULT") == []


def test_a_dated_invasion_with_its_target_is_kept() -> None:
    assert coded("The consequences of the Azerbaijani invasion of Armenia in May 2021 are "
                 "still felt.", "ASSAULT") == [("AZE", "ARM", None, "reported")]


# -- a person's attack on a company or a person is words -------------------------------------
def test_a_senators_attack_on_a_company_is_no_assault() -> None:
    assert coded("Mr Aliyev's attack on Lukoil was unfair, analysts said.", "ASSAULT") == []


def test_a_leaders_attack_on_a_state_stays_an_assault() -> None:
    assert coded("Aliyev's attack on Armenia shocked Europe.", "ASSAULT") == [
        ("AZE", "ARM", None, "reported")]


# -- a thing denies nothing and restrains no one --------------------------------------------
def test_a_bill_that_has_nothing_to_do_with_a_state_denies_nothing() -> None:
    assert coded("The law has nothing to do with Armenia, the deputy said.", "REJECT") == []


def test_a_government_with_nothing_to_do_with_it_denies_involvement() -> None:
    assert coded("The Kremlin has nothing to do with the unrest in Yerevan, Peskov said.",
                 "REJECT") == [("RUS", None, None, "reported")]


def test_terrain_that_prevents_soldiers_restrains_no_one() -> None:
    assert coded("The terrain prevented Armenian soldiers from reaching the post.",
                 "COERCE") == []


def test_troops_that_prevent_soldiers_restrain_them() -> None:
    assert coded("Azerbaijani troops prevented Armenian soldiers from reaching the post.",
                 "COERCE") == [("AZE", "ARM", "restrict", "reported")]


# -- "demonstrate" in the sense show; "support" in the sense corroborate ---------------------
def test_demonstrating_goodwill_is_no_protest() -> None:
    assert coded("During the tour of Shusha, the Armenian envoy demonstrated goodwill.",
                 "PROTEST") == []


def test_demonstrating_resolve_is_no_protest_but_the_talks_stay() -> None:
    text = "The Kazakh minister demonstrated resolve in talks with Kyrgyzstan."
    assert coded(text, "PROTEST") == []
    assert coded(text, "CONSULT") == [("KAZ", "KGZ", "meet", "reported")]


def test_demonstrating_against_a_state_stays_a_protest() -> None:
    # (the crowd is Azerbaijan's people by the place of its protest: custody18's crowds rule)
    assert coded("Thousands demonstrated against Armenia in Baku on Monday.",
                 "PROTEST") == [("AZE", "ARM", "demo", "reported")]


def test_proof_to_support_claims_backs_no_one() -> None:
    assert coded("Baku did not offer proof to support its claims against Armenia.",
                 "SUPPORT") == []


def test_supporting_a_proposal_backs_its_maker() -> None:
    assert coded("Kazakhstan supported Armenia's proposal for talks.", "SUPPORT") == [
        ("KAZ", "ARM", None, "reported")]


def test_supporting_a_claim_to_a_territory_backs_its_claimant() -> None:
    assert coded("Iran supports Armenia's claim to Karabakh.", "SUPPORT") == [
        ("IRN", "ARM", None, "reported")]


# -- a disease by name kills, no one uses force -----------------------------------------------
def test_a_disease_by_name_that_kills_is_no_assault() -> None:
    assert coded("Cholera killed 42 people in Armenia last week.", "ASSAULT") == []


def test_artillery_that_kills_is_an_assault() -> None:
    assert coded("Azerbaijani artillery killed 42 people in Armenia last week.",
                 "ASSAULT") == [("AZE", "ARM", None, "reported")]


def test_a_persons_part_in_talks_is_their_meeting() -> None:
    assert coded("He will continue to participate in negotiations with Armenia.",
                 "CONSULT") != []


# -- a pattern's modifier said of a coordinated noun ----------------------------------------
def test_a_logistics_operation_beside_military_activities_is_no_assault() -> None:
    assert coded("The deal would boost Russia's logistics operation and military activities "
                 "in Abkhazia.", "ASSAULT") == []


def test_a_military_operation_beside_exercises_stays_an_assault() -> None:
    assert coded("Russia's military operation and exercises in Abkhazia continued on Monday.",
                 "ASSAULT") == [("RUS", "XAB", None, "reported")]


def test_an_agreement_that_offers_a_boost_offers_nothing() -> None:
    assert coded("The agreement would offer a substantial boost to Russia's navy.",
                 "AGREE") == []


def test_a_state_that_offers_a_boost_offers_it() -> None:
    assert coded("Moscow would offer a substantial boost to Abkhazia's navy.", "AGREE") == [
        ("RUS", "XAB", None, "planned")]
