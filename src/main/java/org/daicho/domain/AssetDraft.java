package org.daicho.domain;

/**
 * What a clerk has typed into the asset form (or a file row): text as typed, choices as chosen.
 * {@link AssetValidator} turns it into an {@link Asset} or explains, field by field, what is wrong.
 */
public final class AssetDraft {
    private String assetNo = "";
    private String businessCategory = "";
    private String name = "";
    private AssetKind kind;
    private String medium = "";
    private NetworkZone networkZone;
    private String maker = "";
    private String model = "";
    private String serialNo = "";
    private Long sectionId;
    private Long managerStaffId;
    private String users = "";
    private Integer confidentiality;
    private Integer integrity;
    private Integer availability;
    private PersonalInfoKind personalInfo = PersonalInfoKind.NONE;
    private String storagePlace = "";
    private boolean lockedStorage;
    private boolean encrypted;
    private String acquiredOn = "";
    private Ownership ownership = Ownership.PURCHASED;
    private String leaseEndsOn = "";
    private AssetStatus status = AssetStatus.IN_USE;
    private String retentionUntil = "";
    private String lastReviewedOn = "";
    private String disposalRecordNo = "";
    private String note = "";

    /** The draft that edits an existing asset, dates written in the given style. */
    public static AssetDraft of(Asset asset, DateStyle style) {
        return new AssetDraft()
                .assetNo(asset.assetNo()).businessCategory(asset.businessCategory()).name(asset.name())
                .kind(asset.kind()).medium(asset.medium()).networkZone(asset.networkZone())
                .maker(asset.maker()).model(asset.model()).serialNo(asset.serialNo())
                .sectionId(asset.sectionId()).managerStaffId(asset.managerStaffId()).users(asset.users())
                .confidentiality(asset.classes().confidentiality()).integrity(asset.classes().integrity())
                .availability(asset.classes().availability()).personalInfo(asset.personalInfo())
                .storagePlace(asset.storagePlace()).lockedStorage(asset.lockedStorage()).encrypted(asset.encrypted())
                .acquiredOn(style.format(asset.acquiredOn())).ownership(asset.ownership())
                .leaseEndsOn(style.format(asset.leaseEndsOn())).status(asset.status())
                .retentionUntil(style.format(asset.retentionUntil()))
                .lastReviewedOn(style.format(asset.lastReviewedOn()))
                .disposalRecordNo(asset.disposalRecordNo()).note(asset.note());
    }

    public String assetNo() { return assetNo; }
    public AssetDraft assetNo(String v) { assetNo = v; return this; }
    public String businessCategory() { return businessCategory; }
    public AssetDraft businessCategory(String v) { businessCategory = v; return this; }
    public String name() { return name; }
    public AssetDraft name(String v) { name = v; return this; }
    public AssetKind kind() { return kind; }
    public AssetDraft kind(AssetKind v) { kind = v; return this; }
    public String medium() { return medium; }
    public AssetDraft medium(String v) { medium = v; return this; }
    public NetworkZone networkZone() { return networkZone; }
    public AssetDraft networkZone(NetworkZone v) { networkZone = v; return this; }
    public String maker() { return maker; }
    public AssetDraft maker(String v) { maker = v; return this; }
    public String model() { return model; }
    public AssetDraft model(String v) { model = v; return this; }
    public String serialNo() { return serialNo; }
    public AssetDraft serialNo(String v) { serialNo = v; return this; }
    public Long sectionId() { return sectionId; }
    public AssetDraft sectionId(Long v) { sectionId = v; return this; }
    public Long managerStaffId() { return managerStaffId; }
    public AssetDraft managerStaffId(Long v) { managerStaffId = v; return this; }
    public String users() { return users; }
    public AssetDraft users(String v) { users = v; return this; }
    public Integer confidentiality() { return confidentiality; }
    public AssetDraft confidentiality(Integer v) { confidentiality = v; return this; }
    public Integer integrity() { return integrity; }
    public AssetDraft integrity(Integer v) { integrity = v; return this; }
    public Integer availability() { return availability; }
    public AssetDraft availability(Integer v) { availability = v; return this; }
    public PersonalInfoKind personalInfo() { return personalInfo; }
    public AssetDraft personalInfo(PersonalInfoKind v) { personalInfo = v; return this; }
    public String storagePlace() { return storagePlace; }
    public AssetDraft storagePlace(String v) { storagePlace = v; return this; }
    public boolean lockedStorage() { return lockedStorage; }
    public AssetDraft lockedStorage(boolean v) { lockedStorage = v; return this; }
    public boolean encrypted() { return encrypted; }
    public AssetDraft encrypted(boolean v) { encrypted = v; return this; }
    public String acquiredOn() { return acquiredOn; }
    public AssetDraft acquiredOn(String v) { acquiredOn = v; return this; }
    public Ownership ownership() { return ownership; }
    public AssetDraft ownership(Ownership v) { ownership = v; return this; }
    public String leaseEndsOn() { return leaseEndsOn; }
    public AssetDraft leaseEndsOn(String v) { leaseEndsOn = v; return this; }
    public AssetStatus status() { return status; }
    public AssetDraft status(AssetStatus v) { status = v; return this; }
    public String retentionUntil() { return retentionUntil; }
    public AssetDraft retentionUntil(String v) { retentionUntil = v; return this; }
    public String lastReviewedOn() { return lastReviewedOn; }
    public AssetDraft lastReviewedOn(String v) { lastReviewedOn = v; return this; }
    public String disposalRecordNo() { return disposalRecordNo; }
    public AssetDraft disposalRecordNo(String v) { disposalRecordNo = v; return this; }
    public String note() { return note; }
    public AssetDraft note(String v) { note = v; return this; }
}
