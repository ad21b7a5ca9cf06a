import './legal-document.scss';

import { Text, View } from '@tarojs/components';

export interface LegalSection {
  heading: string;
  paragraphs: string[];
}

interface LegalDocumentProps {
  title: string;
  version: string;
  sections: LegalSection[];
}

/** One legal text: title, the version in force (what the member agrees to), sections of paragraphs. */
export function LegalDocument({ title, version, sections }: LegalDocumentProps) {
  return (
    <View className='legal-document'>
      <Text className='legal-document__title'>{title}</Text>
      <Text className='legal-document__version'>版本：{version}</Text>
      {sections.map((section) => (
        <View key={section.heading} className='legal-document__section'>
          <Text className='legal-document__heading'>{section.heading}</Text>
          {section.paragraphs.map((paragraph) => (
            <Text key={paragraph} className='legal-document__paragraph'>
              {paragraph}
            </Text>
          ))}
        </View>
      ))}
    </View>
  );
}
