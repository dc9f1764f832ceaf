package org.daicho.domain;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What differs between the public bodies that use Daicho (policy README: organisation, role titles and
 * the fiscal year are settings, not constants).
 *
 * @param approvalTitles the titles printed on the approval boxes of every form, left to right (担当 / 係長 / 課長 …)
 * @param assetNoPrefixes the start of a new 管理番号 per kind
 */
public record OrganisationSettings(
        String organisationName,
        List<String> approvalTitles,
        DateStyle dateStyle,
        Map<AssetKind, String> assetNoPrefixes) {

    public OrganisationSettings {
        approvalTitles = List.copyOf(approvalTitles);
        EnumMap<AssetKind, String> prefixes = new EnumMap<>(AssetKind.class);
        for (AssetKind kind : AssetKind.values()) {
            prefixes.put(kind, assetNoPrefixes.getOrDefault(kind, kind.defaultPrefix()));
        }
        assetNoPrefixes = Map.copyOf(prefixes);
    }

    public static Map<AssetKind, String> defaultPrefixes() {
        EnumMap<AssetKind, String> prefixes = new EnumMap<>(AssetKind.class);
        for (AssetKind kind : AssetKind.values()) {
            prefixes.put(kind, kind.defaultPrefix());
        }
        return prefixes;
    }

    public String prefixFor(AssetKind kind) {
        return assetNoPrefixes.get(kind);
    }

    public OrganisationSettings withOrganisationName(String name) {
        return new OrganisationSettings(name, approvalTitles, dateStyle, assetNoPrefixes);
    }
}
