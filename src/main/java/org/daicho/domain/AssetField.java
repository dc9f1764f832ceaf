package org.daicho.domain;

/**
 * The fields of an asset, in the column order of forms.md A. Used to name the field of a validation
 * error and the columns of the exported ledger; labels live in the bundle under {@code asset.field.NAME}.
 */
public enum AssetField {
    ASSET_NO,
    BUSINESS_CATEGORY,
    NAME,
    KIND,
    MEDIUM,
    NETWORK_ZONE,
    MAKER,
    MODEL,
    SERIAL_NO,
    SECTION,
    MANAGER,
    USERS,
    CONFIDENTIALITY,
    INTEGRITY,
    AVAILABILITY,
    RESTRICTIONS,
    PERSONAL_INFO,
    STORAGE_PLACE,
    LOCKED_STORAGE,
    ENCRYPTED,
    ACQUIRED_ON,
    OWNERSHIP,
    LEASE_ENDS_ON,
    STATUS,
    RETENTION_UNTIL,
    REGISTERED_ON,
    LAST_REVIEWED_ON,
    DISPOSAL_RECORD_NO,
    NOTE
}
