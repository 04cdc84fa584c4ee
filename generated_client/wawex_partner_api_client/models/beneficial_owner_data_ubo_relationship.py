from typing import Literal, TypeAlias, cast

from ..types import UnknownValue

BeneficialOwnerDataUboRelationship: TypeAlias = (
    Literal[
        "DIRECTLY_HOLDING_25",
        "DOMINANT_INFLUENCE_OVER_SHARE_CAPITAL",
        "INDIRECTLY_HOLDING_25",
    ]
    | UnknownValue
)
"""A value the spec lists, or an ``UnknownValue``: one the partner sent that the spec does not list yet (kept as it
came), or one sent on purpose before the spec knows it."""

BENEFICIAL_OWNER_DATA_UBO_RELATIONSHIP_VALUES: set[
    Literal[
        "DIRECTLY_HOLDING_25",
        "DOMINANT_INFLUENCE_OVER_SHARE_CAPITAL",
        "INDIRECTLY_HOLDING_25",
    ]
] = {
    "DIRECTLY_HOLDING_25",
    "DOMINANT_INFLUENCE_OVER_SHARE_CAPITAL",
    "INDIRECTLY_HOLDING_25",
}


def check_beneficial_owner_data_ubo_relationship(
    value: str,
) -> BeneficialOwnerDataUboRelationship:
    if value in BENEFICIAL_OWNER_DATA_UBO_RELATIONSHIP_VALUES:
        return cast(BeneficialOwnerDataUboRelationship, value)
    if isinstance(value, str):
        return UnknownValue(value)
    raise TypeError(
        f"BeneficialOwnerDataUboRelationship values are strings, not {type(value).__name__}"
    )
