// Marsad pages: link every listed fact to its characters in the article text.
document.addEventListener('click', (e) => {
  const link = e.target.closest('a.span-link');
  if (!link) return;
  e.preventDefault();
  const start = link.dataset.start, end = link.dataset.end;
  document.querySelectorAll('.flash').forEach((el) => el.classList.remove('flash'));
  const hit = document.querySelector(`#text [data-start="${start}"][data-end="${end}"]`);
  if (hit) {
    hit.classList.add('flash');
    hit.scrollIntoView({ behavior: 'smooth', block: 'center' });
  }
});
