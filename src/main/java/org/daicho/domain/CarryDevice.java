package org.daicho.domain;

/** A device brought in (持込) that the body did not issue: whose it is, what kind, which model. */
public record CarryDevice(String owner, String kind, String model) {

    public CarryDevice {
        owner = owner == null ? "" : owner.strip();
        kind = kind == null ? "" : kind.strip();
        model = model == null ? "" : model.strip();
    }
}
