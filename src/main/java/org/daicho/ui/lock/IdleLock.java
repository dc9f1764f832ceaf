package org.daicho.ui.lock;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.input.InputEvent;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.daicho.domain.IdleTimer;
import org.daicho.i18n.Messages;

/**
 * Locks the window after a time without input (policy 2.4.4②). Every mouse, key or scroll event in any
 * window of the app counts as activity; a {@link Timeline} asks the {@link IdleTimer} every few seconds.
 * Locking replaces the scene's content with a {@link LockView} (the records leave the scene, they are not
 * merely covered) and hides the other windows (an open asset form); unlocking with the account's password
 * puts everything back as it was.
 *
 * <p>The clock is passed in, so that tests move it forward and call {@link #checkNow()} instead of waiting.
 */
public final class IdleLock {

    /** How often the timer is asked. */
    public static final javafx.util.Duration CHECK_EVERY = javafx.util.Duration.seconds(5);
    private static final String KEY = IdleLock.class.getName();

    private final Scene scene;
    private final IdleTimer timer;
    private final Messages messages;
    private final String userName;
    private final Predicate<char[]> passwordCheck;
    private final Timeline timeline;
    private final EventHandler<Event> activity;
    private final ListChangeListener<Window> windowWatcher;
    private final List<Window> hiddenWindows = new ArrayList<>();
    private Duration limit;
    private Parent content;
    private LockView lockView;

    private IdleLock(Scene scene, Clock clock, Duration limit, Messages messages, String userName,
            Predicate<char[]> passwordCheck) {
        this.scene = scene;
        this.timer = new IdleTimer(clock, limit);
        this.limit = limit;
        this.messages = messages;
        this.userName = userName;
        this.passwordCheck = passwordCheck;
        this.activity = event -> {
            if (!isLocked()) {
                timer.touch();
            }
        };
        this.windowWatcher = change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(this::watch);
                change.getRemoved().forEach(this::unwatch);
            }
        };
        this.timeline = new Timeline(new KeyFrame(CHECK_EVERY, event -> checkNow()));
        timeline.setCycleCount(Animation.INDEFINITE);
    }

    /**
     * Starts watching {@code scene}'s window (and every other window of the app) for input.
     *
     * @param passwordCheck whether a password is the logged-in account's; called off the FX thread
     */
    public static IdleLock install(Scene scene, Clock clock, Duration limit, Messages messages, String userName,
            Predicate<char[]> passwordCheck) {
        of(scene).ifPresent(IdleLock::uninstall);
        IdleLock lock = new IdleLock(scene, clock, limit, messages, userName, passwordCheck);
        scene.addEventFilter(InputEvent.ANY, lock.activity);
        Window.getWindows().forEach(lock::watch);
        Window.getWindows().addListener(lock.windowWatcher);
        scene.getProperties().put(KEY, lock);
        lock.timeline.play();
        return lock;
    }

    /** The lock installed on {@code scene}, if any (the accounts screen changes its limit). */
    public static Optional<IdleLock> of(Scene scene) {
        if (scene == null) {
            return Optional.empty();
        }
        return Optional.ofNullable((IdleLock) scene.getProperties().get(KEY));
    }

    /** Stops watching; an open lock is left as it is. */
    public void uninstall() {
        timeline.stop();
        scene.removeEventFilter(InputEvent.ANY, activity);
        Window.getWindows().removeListener(windowWatcher);
        Window.getWindows().forEach(this::unwatch);
        scene.getProperties().remove(KEY, this);
    }

    private void watch(Window window) {
        if (window != scene.getWindow()) {
            window.addEventFilter(InputEvent.ANY, activity);
        }
    }

    private void unwatch(Window window) {
        window.removeEventFilter(InputEvent.ANY, activity);
    }

    /** Locks the window if it has been idle long enough. The timeline calls this every few seconds. */
    public void checkNow() {
        if (!isLocked() && timer.isExpired()) {
            lock();
        }
    }

    /** A new idle limit (from the login settings); counted from the last input as before. */
    public void setLimit(Duration newLimit) {
        this.limit = newLimit;
        timer.setLimit(newLimit);
    }

    public boolean isLocked() {
        return lockView != null;
    }

    /** Hides every record now: the content leaves the scene, the other windows are hidden. */
    public void lock() {
        if (isLocked()) {
            return;
        }
        Window main = scene.getWindow();
        for (Window window : new ArrayList<>(Window.getWindows())) {
            if (window != main && window.isShowing()) {
                hiddenWindows.add(window);
                window.hide();
            }
        }
        content = scene.getRoot();
        lockView = new LockView(messages, userName, limit.toMinutes(), passwordCheck, this::unlock);
        scene.setRoot(lockView);
        lockView.focus();
    }

    private void unlock() {
        if (!isLocked()) {
            return;
        }
        scene.setRoot(content);
        content = null;
        lockView = null;
        timer.touch();
        for (Window window : hiddenWindows) {
            // forms come back as they were; menus, popups and message boxes were simply closed
            if (window instanceof Stage stage && !(window instanceof PopupWindow) && !isDialog(stage)) {
                stage.show();
            }
        }
        hiddenWindows.clear();
    }

    private static boolean isDialog(Stage stage) {
        return stage.getScene() != null && stage.getScene().getRoot() instanceof DialogPane;
    }
}
