// The print button of a printable page (no inline handler: the pages' security policy allows no inline script).
document.querySelectorAll('[data-print]').forEach(button => button.addEventListener('click', () => window.print()));
