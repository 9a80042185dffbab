/**
 * Long-term care through the clubs (the ADB TA 9928 model): a frail older person, member or not, is
 * screened and assessed (Barthel index of daily living, Lawton scale of instrumental activities,
 * cognition and mood screens, living situation and carer), given a care-need level by the rules of
 * {@link vn.ishc.longtermcare.NeedLevelRules}, and followed by a case manager with a care plan,
 * reviews, case conferences and referrals.
 */
package vn.ishc.longtermcare;
