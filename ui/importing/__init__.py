"""Getting credentials in: files, folders, drag and drop, paste, QR images, samples."""
