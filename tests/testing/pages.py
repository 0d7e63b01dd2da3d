"""Pages the tests of newsparse.testing parse, written for them."""

# A page of copied text: headline printed twice, a relative stamp, a bullet, a dateline.
STORM = """Storm closes schools across the north

Updated 8 sec ago
Follow

Storm closes schools across the north

  • Hundreds of schools shut as snow falls on the hills
LEEDS: Heavy snow closed hundreds of schools across the north on Tuesday, the council said.

Buses stopped running in the hills and several roads stayed shut until the ploughs came.

Parents were told to check the council website before setting out on Wednesday morning.

Forecasters expect more snow on Thursday, with drifts of up to a metre on the higher roads.

The council said gritters had worked through the night and would keep going until Friday.
"""

# A story of a headline and five short paragraphs, and the third paragraph with a phrase changed.
HEADLINE = "Flood closes Ashford market"
FLOOD = (
    "Heavy rain flooded the market square in Ashford on Monday, the town council said.",
    "Traders moved their stalls to the car park behind the library before noon.",
    "The river rose by two metres overnight and reached the old bridge by dawn.",
    "Volunteers filled sandbags at the fire station until late in the evening.",
    "The council expects the square to reopen on Thursday if the rain stops.",
)
RISEN = FLOOD[2].replace("two metres", "three metres")


def flood_page(paragraphs: tuple[str, ...] | list[str]) -> str:
    """The story as copied text: the headline, then the paragraphs, a blank line between."""
    return "\n\n".join([HEADLINE, *paragraphs]) + "\n"
