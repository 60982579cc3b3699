package org.xinyu.it.security;

import org.xinyu.it.XinyuServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP over a plain socket, for what a client library will not send: TRACE with a body on a kept-alive
 * connection, a chosen loopback source address (127.0.0.x), raw bytes in the request line.
 */
final class RawHttp {

    private RawHttp() {
    }

    static int port() {
        return URI.create(XinyuServer.baseUrl()).getPort();
    }

    /** Everything the server sends back on one connection until it closes it or stays silent for 3 s. */
    static String exchange(String from, String request) throws IOException {
        try (Socket socket = new Socket()) {
            if (from != null) {
                socket.bind(new InetSocketAddress(from, 0));
            }
            socket.connect(new InetSocketAddress("127.0.0.1", port()), 5000);
            socket.setSoTimeout(3000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    received.write(buffer, 0, n);
                }
            } catch (SocketTimeoutException silent) {
                // the server kept the connection open and said nothing more
            } catch (IOException reset) {
                // closed hard after answering
            }
            return received.toString(StandardCharsets.UTF_8);
        }
    }

    /** The status codes of the responses in what one connection received, in order. */
    static List<Integer> statuses(String received) {
        List<Integer> statuses = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^HTTP/1\\.[01] (\\d{3})").matcher(received);
        while (m.find()) {
            statuses.add(Integer.parseInt(m.group(1)));
        }
        return statuses;
    }

    /** One GET with Connection: close from a chosen source address; the whole response. */
    static String get(String from, String path, String authorization) throws IOException {
        return exchange(from, "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port() + "\r\nAccept: application/json\r\n"
                + (authorization == null ? "" : "Authorization: " + authorization + "\r\n") + "Connection: close\r\n\r\n");
    }

    static int status(String response) {
        List<Integer> statuses = statuses(response);
        if (statuses.isEmpty()) {
            throw new AssertionError("no HTTP response: " + response);
        }
        return statuses.get(0);
    }

    static String header(String response, String name) {
        Matcher m = Pattern.compile("(?im)^" + Pattern.quote(name) + ":\\s*(.*?)\\r?$").matcher(response);
        return m.find() ? m.group(1) : null;
    }
}
