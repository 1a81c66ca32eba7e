"""What reaches the app from outside: files and links handed over by ``learner-wallet open``,
the desktop's "Open with", a link click, or a second launch (:mod:`ui.incoming.instance`), and
where each goes (:mod:`ui.incoming.router`, :mod:`ui.incoming.links`)."""
