package vn.ishc.web;

import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import vn.ishc.shared.FileSizes;

/** The size past which an upload is refused before it is read, as the refusal names it. */
@Component
class UploadLimit {

    private final DataSize limit;

    UploadLimit(MultipartProperties multipart) {
        DataSize file = multipart.getMaxFileSize();
        DataSize request = multipart.getMaxRequestSize();
        // The request carries the form's other fields too; whichever limit is smaller is the one a file meets.
        this.limit = request != null && request.toBytes() > 0 && request.compareTo(file) < 0 ? request : file;
    }

    /** "10 MB". */
    String text() {
        return FileSizes.text(limit);
    }
}
