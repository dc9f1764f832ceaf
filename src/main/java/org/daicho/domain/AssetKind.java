package org.daicho.domain;

/** 種別 of an information asset (forms.md A). The prefix is the default start of a new 管理番号. */
public enum AssetKind {
    TERMINAL("PC", false),
    MOBILE("MB", true),
    SERVER("SV", false),
    STORAGE_MEDIUM("MD", true),
    MULTIFUNCTION("MF", false),
    SPECIAL_PURPOSE("SP", false),
    IC_CARD("IC", true),
    DOCUMENT_DATA("DD", false),
    SOFTWARE("SW", false);

    private final String defaultPrefix;
    private final boolean portableMedium;

    AssetKind(String defaultPrefix, boolean portableMedium) {
        this.defaultPrefix = defaultPrefix;
        this.portableMedium = portableMedium;
    }

    public String defaultPrefix() {
        return defaultPrefix;
    }

    /**
     * Media that hold data and can be carried away: policy 2.3(1) asks that such media of 機密性2+,
     * 完全性2 or 可用性2 be kept in a lockable place, and 2.3(2)⑧ that they be encrypted when carried.
     */
    public boolean isPortableMedium() {
        return portableMedium;
    }
}
