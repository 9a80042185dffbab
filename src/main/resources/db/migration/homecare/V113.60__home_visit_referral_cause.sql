-- Why a volunteer referred the person visited: a fall, a fever, not eating enough, the blood pressure,
-- or another reason written in referral_reason. Until now a visit asked for a referral only for an
-- urgent blood pressure, so the referrals already recorded with one are referrals for blood pressure.
alter table home_visit add column referral_cause text
    check (referral_cause in ('FALL', 'FEVER', 'NO_FOOD', 'BLOOD_PRESSURE', 'OTHER'));

update home_visit set referral_cause = 'BLOOD_PRESSURE' where referral_made and level = 'URGENT';
