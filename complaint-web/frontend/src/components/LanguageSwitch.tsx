import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { setLanguage, type Language } from '@/lib/i18n';

/** 中文 / English on every page; the choice is remembered in this browser. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Segmented<Language>
      aria-label={t('common.language')}
      size="small"
      value={i18n.language === 'en' ? 'en' : 'zh-CN'}
      onChange={(language) => setLanguage(language)}
      options={[
        { label: '中文', value: 'zh-CN' },
        { label: 'English', value: 'en' },
      ]}
    />
  );
}
