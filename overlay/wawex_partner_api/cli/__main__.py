"""``python -m wawex_partner_api.cli``: the same as the ``wawex`` console script."""

from wawex_partner_api.cli import main

main()
