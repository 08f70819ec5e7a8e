package dev.parley.deploy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** HAProxy's admin socket ({@code stats socket} in deploy/haproxy.cfg): commands, and a server's status. */
record HaproxyAdmin(Path socket) {
    /** A server's status in the sessions backend as HAProxy sees it: UP, DOWN, MAINT, DRAIN, "DOWN 1/2"... */
    String status(String serverName) throws IOException {
        String[] lines = command("show stat").split("\n");
        List<String> header = Arrays.asList(lines[0].replaceFirst("^# ", "").split(","));
        int proxy = header.indexOf("pxname");
        int server = header.indexOf("svname");
        int status = header.indexOf("status");
        for (String line : lines) {
            String[] fields = line.split(",", -1);
            if (fields.length > status
                    && fields[proxy].equals("parley_sessions")
                    && fields[server].equals(serverName)) {
                return fields[status];
            }
        }
        throw new IllegalStateException("HAProxy does not list " + serverName + ":\n" + String.join("\n", lines));
    }

    /** One command on the socket, and its whole answer. */
    String command(String command) throws IOException {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            channel.write(ByteBuffer.wrap((command + "\n").getBytes(StandardCharsets.UTF_8)));
            ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            while (channel.read(buffer) >= 0) {
                buffer.flip();
                answer.write(buffer.array(), 0, buffer.limit());
                buffer.clear();
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
