package org.daicho.app;

import java.nio.file.Path;

/**
 * Run in a child JVM by {@link SingleInstanceTest}: claims the data folder given as the first argument, prints
 * {@code CLAIMED}, then {@code SHOW} each time a later start asks it to come forward, until it is killed.
 */
public final class InstanceHolder {

    private InstanceHolder() {
    }

    public static void main(String[] args) throws Exception {
        Object done = new Object();
        try (SingleInstance instance = SingleInstance.claim(Path.of(args[0]), () -> {
            System.out.println("SHOW");
            System.out.flush();
        }).orElseThrow()) {
            System.out.println("CLAIMED");
            System.out.flush();
            synchronized (done) {
                done.wait(); // until killed
            }
        }
    }
}
