/**
 * Every action says plainly whether it is voluntary (the claimant's choice, the default) or an
 * agreed requirement (only a work coach can set one), with one sentence on what that means.
 */
import { useTranslation } from 'react-i18next';
import { Tag } from '../../ui';

export function RequirementLabel({ requirement }: { requirement: string | undefined }) {
  const { t } = useTranslation();
  const agreed = requirement === 'agreedRequirement';
  return (
    <div className="requirement" data-requirement={agreed ? 'agreedRequirement' : 'voluntary'}>
      <Tag tone={agreed ? 'warning' : 'neutral'}>
        {agreed
          ? t('actionPlan.requirement.agreedRequirement')
          : t('actionPlan.requirement.voluntary')}
      </Tag>
      <p className="requirement__meaning">
        {agreed
          ? t('actionPlan.requirement.agreedRequirementMeaning')
          : t('actionPlan.requirement.voluntaryMeaning')}
      </p>
    </div>
  );
}
