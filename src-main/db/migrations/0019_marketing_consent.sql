-- Marketing consent (China's PIPL expects consent before marketing): yes / no / unknown, the day
-- it was given or refused and how, and a do-not-contact flag that overrides everything. Target-list
-- exports read these (marketing/target-export/). The WeChat ID is the contact a campaign needs most
-- and the customer record had no place for it.
ALTER TABLE customers ADD COLUMN marketing_consent TEXT NOT NULL DEFAULT 'unknown'
  CHECK (marketing_consent IN ('yes', 'no', 'unknown'));
ALTER TABLE customers ADD COLUMN consent_on TEXT
  CHECK (consent_on IS NULL OR consent_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
ALTER TABLE customers ADD COLUMN consent_source TEXT
  CHECK (consent_source IS NULL OR consent_source IN ('in_store', 'form', 'import', 'verbal', 'wechat', 'other'));
ALTER TABLE customers ADD COLUMN do_not_contact INTEGER NOT NULL DEFAULT 0 CHECK (do_not_contact IN (0, 1));
ALTER TABLE customers ADD COLUMN wechat_id TEXT CHECK (wechat_id IS NULL OR length(wechat_id) BETWEEN 1 AND 64);
