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
