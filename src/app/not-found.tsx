import { Link } from 'react-router';
import { useViewLink } from '../hooks/use-view-link';
import { useT } from '../i18n/use-locale';

export function NotFound() {
  const t = useT();
  const link = useViewLink();
  return (
    <div className="state">
      <h1>{t('notFound.title')}</h1>
      <p>
        <Link to={{ pathname: '/', search: link() }}>{t('nav.overview')}</Link>
      </p>
    </div>
  );
}
