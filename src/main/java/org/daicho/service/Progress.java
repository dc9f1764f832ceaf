package org.daicho.service;

import java.util.function.BooleanSupplier;

/** Where long work reports how far it got, and learns that the user cancelled it. */
public interface Progress {

    Progress NONE = cancelledWhen(() -> false);

    /** Progress nobody watches, cancelled once {@code cancelled} says so. */
    static Progress cancelledWhen(BooleanSupplier cancelled) {
        return new Progress() {
            @Override
            public void update(long done, long total) {
            }

            @Override
            public boolean isCancelled() {
                return cancelled.getAsBoolean();
            }
        };
    }

    void update(long done, long total);

    boolean isCancelled();
}
