from typing import Literal

BeneficialOwnerDataUboRelationship = Literal[
    "DIRECTLY_HOLDING_25",
    "DOMINANT_INFLUENCE_OVER_SHARE_CAPITAL",
    "INDIRECTLY_HOLDING_25",
]

BENEFICIAL_OWNER_DATA_UBO_RELATIONSHIP_VALUES: set[
    BeneficialOwnerDataUboRelationship
] = {
    "DIRECTLY_HOLDING_25",
    "DOMINANT_INFLUENCE_OVER_SHARE_CAPITAL",
    "INDIRECTLY_HOLDING_25",
}


def check_beneficial_owner_data_ubo_relationship(
    value: str,
) -> BeneficialOwnerDataUboRelationship:
    if value in BENEFICIAL_OWNER_DATA_UBO_RELATIONSHIP_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BENEFICIAL_OWNER_DATA_UBO_RELATIONSHIP_VALUES!r}"
    )
