package org.daicho.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One window per data folder (issue 8). The first Daicho to open a folder locks {@code daicho.instance} in it and
 * listens on a loopback port written into that file; a second start finds the lock held, asks the first over that
 * port to come to the front, and stops with a plain message instead of reaching H2's lock error.
 *
 * <p>The lock is the operating system's: it goes when the process ends however it ends, so a file left behind by a
 * crash or a power cut is taken over by the next start. Only 127.0.0.1 is used, and the only thing the port accepts is
 * the line {@code show}.
 */
public final class SingleInstance implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SingleInstance.class);
    public static final String FILE = "daicho.instance";
    private static final String SHOW = "show";
    /** A byte far past the port number is locked, so that on Windows the file itself stays readable. */
    private static final long LOCK_POSITION = Integer.MAX_VALUE;
    private static final int CONNECT_MILLIS = 2_000;

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final ServerSocket server;
    private final Thread listener;

    private SingleInstance(Path file, FileChannel channel, FileLock lock, ServerSocket server, Runnable onShow) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.server = server;
        this.listener = new Thread(() -> listen(onShow), "daicho-single-instance");
        listener.setDaemon(true);
        listener.start();
    }

    /**
     * Becomes the one Daicho for {@code dataDir} (made if missing), or, when another has it, asks that one to show
     * its window and returns empty. {@code onShow} runs on a background thread each time a later start asks.
     */
    public static Optional<SingleInstance> claim(Path dataDir, Runnable onShow) throws IOException {
        Files.createDirectories(dataDir);
        Path file = dataDir.resolve(FILE);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock(LOCK_POSITION, 1, false);
        } catch (OverlappingFileLockException e) {
            lock = null; // this very process has it already
        }
        if (lock == null) {
            channel.close();
            askToShow(file);
            return Optional.empty();
        }
        ServerSocket server = new ServerSocket();
        try {
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            byte[] port = (server.getLocalPort() + "\n").getBytes(StandardCharsets.US_ASCII);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(port), 0);
            channel.force(false);
        } catch (IOException e) {
            server.close();
            lock.release();
            channel.close();
            throw e;
        }
        return Optional.of(new SingleInstance(file, channel, lock, server, onShow));
    }

    /** Asks the Daicho holding {@code file} to come forward; a failure only means it cannot be brought forward. */
    private static void askToShow(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (text.isEmpty()) {
                return; // the other one is still starting: it shows its window anyway
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(text)),
                        CONNECT_MILLIS);
                socket.setSoTimeout(CONNECT_MILLIS);
                Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.US_ASCII);
                out.write(SHOW + "\n");
                out.flush();
                new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            }
        } catch (IOException | NumberFormatException e) {
            LOG.info("could not bring the other Daicho window forward: {}", e.toString());
        }
    }

    private void listen(Runnable onShow) {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                socket.setSoTimeout(CONNECT_MILLIS);
                String line = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                        StandardCharsets.US_ASCII)).readLine();
                if (SHOW.equals(line)) {
                    onShow.run();
                    socket.getOutputStream().write("ok\n".getBytes(StandardCharsets.US_ASCII));
                }
            } catch (SocketTimeoutException e) {
                LOG.debug("a connection to the single-instance port said nothing");
            } catch (IOException | RuntimeException e) {
                if (!server.isClosed()) {
                    LOG.warn("single-instance listener", e);
                }
            }
        }
    }

    /** The port this instance listens on (for tests). */
    int port() {
        return server.getLocalPort();
    }

    /** Stops listening, releases the folder and removes the file. */
    @Override
    public void close() {
        try {
            server.close();
            lock.release();
            channel.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("could not remove {}", file, e);
        }
    }
}
