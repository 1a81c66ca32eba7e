"""Reading QR codes from where people show them: an image file, the screen, the webcam."""
