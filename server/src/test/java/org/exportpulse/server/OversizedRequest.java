package org.exportpulse.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Sends the head of a POST whose declared body is one byte over the server's limit, and reads the
 * status line: the server must refuse from the declared length alone, before any of the body comes.
 * (Sending the 10 MB body races with the server closing the connection after its answer.)
 */
final class OversizedRequest {

    private OversizedRequest() {}

    /**
     * @param headers extra header lines, each ending in CRLF
     * @return the HTTP status code
     */
    static int status(int port, String path, String headers) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(20_000);
            String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nContent-Type: text/plain\r\n"
                    + "Content-Length: " + (PulseServer.MAX_REQUEST_BYTES + 1) + "\r\n" + headers + "\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            String status = in.readLine();
            if (status == null) {
                throw new IOException("the server closed the connection without an answer");
            }
            return Integer.parseInt(status.split(" ")[1]);
        }
    }
}
