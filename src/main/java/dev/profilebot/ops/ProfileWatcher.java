package dev.profilebot.ops;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the profile folder (and its subfolders) and runs the reload once the changes have
 * settled: a burst of events (an editor saving, a folder copied in) gives one reload, after the
 * quiet time. The reload runs on this watcher's own thread, never on a question's.
 */
public final class ProfileWatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ProfileWatcher.class);

    private final Path folder;
    private final Duration quiet;
    private final Runnable reload;
    private final WatchService watcher;
    private final ScheduledExecutorService scheduler;
    private final Thread listener;
    private ScheduledFuture<?> pending;

    private ProfileWatcher(Path folder, Duration quiet, Runnable reload) throws IOException {
        this.folder = folder;
        this.quiet = quiet;
        this.reload = reload;
        this.watcher = FileSystems.getDefault().newWatchService();
        this.scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "profile-reload");
            thread.setDaemon(true);
            return thread;
        });
        this.listener = new Thread(this::listen, "profile-watch");
        this.listener.setDaemon(true);
    }

    /** Starts watching; {@code reload} runs after each settled burst of changes. */
    public static ProfileWatcher start(Path folder, Duration quiet, Runnable reload) throws IOException {
        ProfileWatcher watcher = new ProfileWatcher(folder, quiet, reload);
        watcher.registerTree(folder);
        watcher.listener.start();
        log.info("Watching {} for changes", folder.toAbsolutePath());
        return watcher;
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                dir.register(
                        watcher,
                        StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void listen() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                Path dir = (Path) key.watchable();
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE
                            && Files.isDirectory(dir.resolve((Path) event.context()))) {
                        registerTree(dir.resolve((Path) event.context()));
                    }
                }
                key.reset();
                schedule();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            log.warn("Stopped watching {}: {}", folder, e.toString());
        }
    }

    private synchronized void schedule() {
        if (pending != null) {
            pending.cancel(false);
        }
        pending = scheduler.schedule(this::runReload, quiet.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void runReload() {
        try {
            reload.run();
        } catch (RuntimeException e) {
            log.warn("Reloading the profile failed", e);
        }
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            log.debug("Closing the watch service", e);
        }
        scheduler.shutdownNow();
        listener.interrupt();
    }
}
