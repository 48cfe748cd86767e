"""Case K1 (runaway horse): the people of A and B the contact plans name (public tables the explorer uses)."""

import kamlab
from kamlab.models.runaway_horse import A_PEOPLE, B_PEOPLE, PLANS, plan_graph


def test_a_people_are_the_case_data_staff():
    staff = kamlab.make_k1_case().staff.set_index("staff_id")
    for staff_id, (zh, en) in A_PEOPLE.items():
        assert (staff.loc[staff_id, "name_zh"], staff.loc[staff_id, "name_en"]) == (zh, en)


def test_every_person_of_the_plans_has_names():
    for plan in PLANS.values():
        for link in plan.links:
            assert link.staff_id in A_PEOPLE and link.customer_person in B_PEOPLE
        g = plan_graph(plan)
        for node, data in g.nodes(data=True):
            if node.startswith("A:"):
                assert (data["name_zh"], data["name_en"]) == A_PEOPLE[node[2:]]
