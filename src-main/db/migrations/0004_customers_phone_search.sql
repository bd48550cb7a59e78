-- Phones typed with a Chinese IME (full-width digits, ＋, （）, －, the ideographic space, other dashes) are
-- stored in ASCII from now on, keeping the user's grouping (src-shared/domain/phone.ts
-- foldPhone). This folds the rows written before. phone_norm and the search index were
-- already computed from the NFKC form, so they stay as they are; updated_at is left alone
-- (the owner did not edit these customers).
UPDATE customers SET phone = trim(
  replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(phone, '０', '0'), '１', '1'), '２', '2'), '３', '3'), '４', '4'), '５', '5'), '６', '6'), '７', '7'), '８', '8'), '９', '9'), '＋', '+'), '－', '-'), '（', '('), '）', ')'), '　', ' '), '‐', '-'), '‑', '-'), '‒', '-'), '–', '-'), '—', '-'), '―', '-'), '−', '-'), 'ー', '-')
) WHERE phone IS NOT NULL AND phone GLOB '*[^ -~]*';

-- "xm" finds 王小明: the initials of the given name are the name's initials after the first
-- (the surname) — an expression index, so no column to keep and nothing to backfill.
CREATE INDEX customers_given_initials ON customers (substr(name_initials, 2));
