package org.daicho.service;

/** Where long work reports how far it got, and learns that the user cancelled it. */
public interface Progress {

    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    void update(long done, long total);

    boolean isCancelled();
}
