package org.daicho.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.daicho.domain.OrganisationSetup;
import org.daicho.domain.Staff;
import org.daicho.testing.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The warm-up behind the login screen (issue 7): it works on a throw-away store of its own, leaves nothing behind,
 * never touches the clerk's store, and gives way as soon as the clerk logs in.
 */
class StoreWarmUpTest {

    @TempDir
    Path dir;

    private final Clock clock = Clock.systemDefaultZone();

    @Test
    void itReadsTheHomeFiguresOnAThrowAwayStoreAndRemovesIt() throws Exception {
        Path store = dir.resolve("store");
        try (DaichoServices services = TestStores.create(store, setup(), clock)) {
            services.staff().all();
        }
        byte[] before = Files.readAllBytes(DaichoServices.storeFile(store));
        Path scratch = dir.resolve("daicho-warmup-test");

        int rounds = new StoreWarmUp(scratch, clock, 2, () -> { }).run();

        assertThat(rounds).isEqualTo(2);
        assertThat(scratch).as("the throw-away store and its folder").doesNotExist();
        assertThat(Files.readAllBytes(DaichoServices.storeFile(store))).as("the clerk's store").isEqualTo(before);
        try (DaichoServices services = TestStores.open(store, clock)) {
            assertThat(services.staff().all()).extracting(Staff::name).containsExactly("試験 管理者");
        }
    }

    @Test
    void aLoginStopsTheRunningWarmUpAtItsNextStep() throws Exception {
        Path store = dir.resolve("store");
        TestStores.create(store, setup(), clock).close();
        Path scratch = dir.resolve("daicho-warmup-test");
        CountDownLatch firstRound = new CountDownLatch(1);
        StoreWarmUp warmUp = new StoreWarmUp(scratch, clock, 1_000_000, firstRound::countDown);
        CompletableFuture<Integer> running = CompletableFuture.supplyAsync(() -> DaichoServices.warmUp(warmUp));
        assertThat(firstRound.await(60, TimeUnit.SECONDS)).as("the warm-up got going").isTrue();

        TestStores.open(store, clock).close();

        int rounds = running.get(60, TimeUnit.SECONDS);
        assertThat(rounds).as("rounds done before the login stopped it").isBetween(1, 10);
        assertThat(scratch).doesNotExist();
    }

    @Test
    void aWarmUpStoppedBeforeItStartsDoesNoRounds() {
        Path scratch = dir.resolve("daicho-warmup-test");
        StoreWarmUp warmUp = new StoreWarmUp(scratch, clock, 5, () -> { });
        warmUp.stop();

        assertThat(warmUp.run()).isZero();
        assertThat(scratch).doesNotExist();
    }

    private static OrganisationSetup setup() {
        return new OrganisationSetup("試験組合", List.of("試験課"), List.of("担当"));
    }
}
